package org.dossier.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layer;
import org.dossier.core.Layers;
import org.dossier.core.StageException;
import org.dossier.core.StageSkip;
import org.dossier.model.Article;
import org.dossier.model.DateExpression;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Token;
import org.dossier.nlp.NlpModels;

/**
 * Runs CoreNLP's tokenizer, sentence splitter, tagger, lemmatizer and NER (with SUTime) over an article's clean
 * text, and turns the result into model records: sentences with tokens, named-entity mentions, and date
 * expressions anchored to the article's publication date by {@link TimexAnchor}. Without a publication date,
 * relative dates ("on Monday") stay unresolved rather than being anchored to today.
 */
public final class CoreNlpAnnotator implements ArticleStage {

    public static final String NAME = "corenlp.v1";

    private final NlpModels models;
    private final int maxTextChars;

    public CoreNlpAnnotator(NlpModels models) {
        this(models, models.config().maxTextChars());
    }

    public CoreNlpAnnotator(NlpModels models, int maxTextChars) {
        this.models = models;
        this.maxTextChars = maxTextChars;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.SENTENCES, Layers.MENTIONS, Layers.DATES);
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle in) throws StageException {
        Article article = in.article();
        String language = article.metadata().language();
        if (language != null && !language.equals("en")) {
            throw new StageSkip("not analyzed: the text is in '" + language + "', and Dossier's NLP reads English");
        }
        if (article.text().length() > maxTextChars) {
            throw new StageException("text too long to analyze: " + article.text().length()
                    + " characters after cleaning, over the limit of " + maxTextChars);
        }
        // No DocDateAnnotation: SUTime then leaves relative values unanchored, which TimexAnchor resolves.
        // The tagger reads the apostrophes inside words as ASCII (see Apostrophes); offsets are the same.
        Annotation annotation = new Annotation(Apostrophes.asciiInWords(article.text()));
        models.annotator().annotate(annotation);
        tagNumbersAndDates(annotation);
        LocalDate published = article.metadata().publishedDate();

        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<DateExpression> dates = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap coreSentence : coreSentences) {
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = tokens(article.text(), labels);
            Sentence sentence = new Sentence(sentences.size(), tokens.get(0).span().union(tokens.get(tokens.size() - 1).span()), tokens);
            sentences.add(sentence);
            collectMentions(article, labels, mentions);
            collectDates(article, labels, tokens, published, dates);
        }
        return in.with(Layers.SENTENCES, sentences).with(Layers.MENTIONS, mentions).with(Layers.DATES, dates);
    }

    /**
     * Tags names in every sentence, amounts only in the sentences that may hold one, and dates only in those that
     * may hold a date: each sentence goes through NER once, by the cheapest of the three taggers that finds all it
     * may hold. NER is per sentence, so every sentence gets the tags a run with numbers and dates over the whole
     * text would give it.
     */
    private void tagNumbersAndDates(Annotation annotation) {
        if (models.numberTagger() == null) {
            return;
        }
        Map<NumberCues.Cue, List<CoreMap>> byCue = new EnumMap<>(NumberCues.Cue.class);
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            NumberCues.Cue cue = NumberCues.of(sentence.get(CoreAnnotations.TokensAnnotation.class));
            byCue.computeIfAbsent(cue, c -> new ArrayList<>()).add(sentence);
        }
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        tag(models.dateTagger(), text, byCue.getOrDefault(NumberCues.Cue.DATE, List.of()));
        tag(models.numberTagger(), text, byCue.getOrDefault(NumberCues.Cue.NUMBER, List.of()));
        tag(models.nameTagger(), text, byCue.getOrDefault(NumberCues.Cue.NONE, List.of()));
    }

    private static void tag(StanfordCoreNLP tagger, String text, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
        Annotation part = new Annotation(text);
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        tagger.annotate(part);
    }

    private static List<Token> tokens(String text, List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            String original = text.substring(label.beginPosition(), label.endPosition());
            String word = Apostrophes.asWritten(label.word(), original);
            String lemma = label.lemma() != null ? Apostrophes.asWritten(label.lemma(), original) : word;
            String ner = label.ner() != null ? label.ner() : "O";
            tokens.add(new Token(span(label), word, lemma, label.tag(), ner));
        }
        return tokens;
    }

    /** Runs of tokens with the same person, organization or location tag. */
    private static void collectMentions(Article article, List<CoreLabel> labels, List<Mention> into) {
        int i = 0;
        while (i < labels.size()) {
            EntityType type = entityType(labels.get(i).ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.size() && type == entityType(labels.get(j).ner())) {
                j++;
            }
            Span span = new Span(labels.get(i).beginPosition(), labels.get(j - 1).endPosition());
            into.add(new Mention(article.id(), span, article.textOf(span), type));
            i = j;
        }
    }

    /** Runs of DATE or TIME tokens that share one normalized value. */
    private static void collectDates(Article article, List<CoreLabel> labels, List<Token> tokens, LocalDate published,
            List<DateExpression> into) {
        int i = 0;
        while (i < labels.size()) {
            if (!isDate(labels.get(i))) {
                i++;
                continue;
            }
            String timex = labels.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            int j = i + 1;
            while (j < labels.size() && isDate(labels.get(j)) && java.util.Objects.equals(timex,
                    labels.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                j++;
            }
            if (isMonthNoun(labels, i, j)) {
                i = j;
                continue;
            }
            Span span = new Span(labels.get(i).beginPosition(), labels.get(j - 1).endPosition());
            TimexAnchor.Resolved resolved = TimexAnchor.resolve(timex, published, Tense.of(tokens, i, j - 1));
            into.add(new DateExpression(article.id(), span, article.textOf(span), timex, resolved.date(),
                    resolved.precision()));
            i = j;
        }
    }

    /** Month names, which written in lower case are a common noun or a verb ("during a march"), not a month. */
    private static final Set<String> MONTHS = Arrays.stream(Month.values())
            .map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /**
     * Whether a run SUTime read as a date is a month's name alone in lower case: "police arrested her during a
     * march" is no date in March. News writes the month with a capital. So is "this may" ("this may take weeks"),
     * which SUTime reads as this May.
     */
    static boolean isMonthNoun(List<CoreLabel> labels, int from, int to) {
        String word = labels.get(from).word();
        if (to - from == 2 && word != null && MONTH_POINTERS.contains(word.toLowerCase(Locale.ROOT))) {
            word = labels.get(from + 1).word(); // "this may seem", "last march": the modal or the noun, not May
        } else if (to - from != 1) {
            return false;
        }
        return word != null && MONTHS.contains(word); // the set is in lower case
    }

    /** The words that point at a month ("this June", "last March"), which SUTime reads with the month's name. */
    private static final Set<String> MONTH_POINTERS = Set.of("this", "last", "next");

    private static boolean isDate(CoreLabel label) {
        return "DATE".equals(label.ner()) || "TIME".equals(label.ner());
    }

    private static EntityType entityType(String ner) {
        if (ner == null) {
            return null;
        }
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }

    private static Span span(CoreLabel label) {
        return new Span(label.beginPosition(), label.endPosition());
    }
}
