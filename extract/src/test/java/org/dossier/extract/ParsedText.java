package org.dossier.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DateExpression;
import org.dossier.model.Dependency;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.OffsetMap;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Sourced;
import org.dossier.model.Span;
import org.dossier.model.Token;

/**
 * An article with hand-written NLP layers, so that extraction rules can be tested without models. Each sentence
 * is written as tokens {@code word[|lemma]/TAG/NER/head/relation} separated by spaces (head -1 for the root);
 * person, organization and location names of one type in a row become one mention, and mentions with the same words one entity.
 *
 * <pre>{@code
 * AnnotatedArticle a = ParsedText.published("2016-10-12")
 *     .sentence("Rebels|rebel/NNS/O/1/nsubj seized|seize/VBD/O/-1/root Aleppo/NNP/LOCATION/1/obj")
 *     .build();
 * }</pre>
 */
public final class ParsedText {

    private final LocalDate published;
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<SentenceParse> parses = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<DateExpression> dates = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<org.dossier.model.PlaceMention> places = new ArrayList<>();

    private ParsedText(LocalDate published) {
        this.published = published;
    }

    public static ParsedText published(String day) {
        return new ParsedText(day == null ? null : LocalDate.parse(day));
    }

    public static final String ID = "test-article";

    /** Adds a parsed sentence (a paragraph of its own). */
    public ParsedText sentence(String tokens) {
        return sentence(tokens, true);
    }

    /** Adds a sentence, parsed or not. */
    public ParsedText sentence(String tokens, boolean parsed) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        int start = text.length();
        List<Token> list = new ArrayList<>();
        List<Dependency> arcs = new ArrayList<>();
        String[] parts = tokens.trim().split("\\s+");
        String openType = null;
        int openStart = -1;
        int openEnd = -1;
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/");
            if (f.length != 5) {
                throw new IllegalArgumentException("token " + i + " is not word/TAG/NER/head/relation: " + parts[i]);
            }
            String[] wordLemma = f[0].split("\\|");
            String word = wordLemma[0];
            String lemma = wordLemma.length > 1 ? wordLemma[1] : word.toLowerCase(java.util.Locale.ROOT);
            if (i > 0) {
                text.append(' ');
            }
            int at = text.length();
            text.append(word);
            Span span = new Span(at, at + word.length());
            list.add(new Token(span, word, lemma, f[1], f[2]));
            arcs.add(new Dependency(Integer.parseInt(f[3]), i, f[4]));
            String type = List.of("PERSON", "ORGANIZATION", "LOCATION").contains(f[2]) ? f[2] : null;
            if (type != null && type.equals(openType)) {
                openEnd = span.end();
            } else {
                closeMention(openType, openStart, openEnd);
                openType = type;
                openStart = span.start();
                openEnd = span.end();
            }
        }
        closeMention(openType, openStart, openEnd);
        int index = sentences.size();
        sentences.add(new Sentence(index, new Span(start, text.length()), list));
        if (parsed) {
            parses.add(new SentenceParse(index, arcs));
        }
        return this;
    }

    /** A date expression over the first occurrence of {@code words}, with its TIMEX3 value and resolution. */
    public ParsedText date(String words, String timex, String day, DateExpression.Precision precision) {
        Span span = find(words);
        dates.add(new DateExpression(ID, span, words, timex, day == null ? null : LocalDate.parse(day), precision));
        return this;
    }

    /** A quote: its words, whether direct, its speaker's words and its cue word (each found in the text). */
    public ParsedText quote(String words, boolean direct, String speaker, String cue) {
        Span span = find(words);
        Span speakerSpan = find(speaker);
        Span cueSpan = find(cue);
        Sentence sentence = sentences.stream().filter(s -> s.span().contains(span.start())).findFirst().orElseThrow();
        Sentence last = sentences.stream().filter(s -> s.span().contains(span.end() - 1)).findFirst().orElseThrow();
        // a quote over several sentences has them all for its context
        quotes.add(new Quote(ID, span, words, direct, new org.dossier.model.Speaker(speaker, null, speakerSpan), cue,
                cueSpan, new Span(sentence.span().start(), last.span().end())));
        return this;
    }

    /** A stance shown ("expressed sympathy with …"): a quote record so marked, which is no quote. */
    public ParsedText stance(String words, String speaker, String cue) {
        quote(words, false, speaker, cue);
        quotes.set(quotes.size() - 1, quotes.getLast().asStance());
        return this;
    }

    /** A place name over every occurrence of {@code words}, resolved to {@code place}. */
    public ParsedText place(String words, org.dossier.model.Place place) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            places.add(new org.dossier.model.PlaceMention(ID, new Span(at, at + words.length()), words, place));
        }
        places.sort(java.util.Comparator.comparingInt(p -> p.span().start()));
        return this;
    }

    private Span find(String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text: " + text);
        }
        return new Span(at, at + words.length());
    }

    private void closeMention(String type, int start, int end) {
        if (type != null) {
            EntityType entityType = EntityType.valueOf(type);
            mentions.add(new Mention(ID, new Span(start, end), text.substring(start, end), entityType));
        }
    }

    private String dateline;

    public String text() {
        return text.toString();
    }

    /** The article's dateline city, as the cleaner would give it. */
    public ParsedText dateline(String city) {
        this.dateline = city;
        return this;
    }

    private String title;

    /** The article's headline, as the cleaner would give it. */
    public ParsedText title(String headline) {
        this.title = headline;
        return this;
    }

    public AnnotatedArticle build() {
        ArticleMetadata metadata = ArticleMetadata.EMPTY.withLanguage("en");
        if (dateline != null || title != null) {
            metadata = new ArticleMetadata(title == null ? null : Sourced.at(title, null, "test"), null, null, null,
                    dateline == null ? null : Sourced.at(dateline, null, "test"), "en");
        }
        if (published != null) {
            metadata = metadata.withPublished(Sourced.at(published, null, "test"),
                    ArticleMetadata.DateConfidence.STATED);
        }
        String content = text.toString();
        Article article = new Article(ID, "test", null, content, content, OffsetMap.identity(), metadata);
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byName.computeIfAbsent(m.type() + ":" + m.text(), k -> new ArrayList<>()).add(m);
        }
        List<Entity> entities = new ArrayList<>();
        int n = 0;
        for (List<Mention> group : byName.values()) {
            entities.add(new Entity("e" + n++, group.getFirst().text(), group.getFirst().type(), group));
        }
        return AnnotatedArticle.of(article).with(Layers.SENTENCES, sentences).with(Layers.PARSES, parses)
                .with(Layers.ENTITIES, entities).with(Layers.DATES, dates).with(Layers.QUOTES, quotes)
                .with(Layers.PLACES, places);
    }
}
