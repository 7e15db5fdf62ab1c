package org.dossier.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.core.NameGenders;
import org.dossier.model.DateExpression;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.PlaceMention;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Span;

/**
 * What the extraction rules of one article share: its sentences with their parses, its entities by position, its
 * date expressions, and its publication date. Built per article and used by one thread.
 */
public final class ArticleContext {

    /** Words that say the gender of the person named right after them: actors/gender-words.tsv. */
    private static final Map<String, String> GENDER_WORDS = WordTables.map("actors/gender-words.tsv");
    /** Possessive determiners that own a word of kin set off from its name by a comma ("her son, Kai"). */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "our", "your");
    /** "miss" in lower case before a name is the verb, never the title. */
    private static final String VERB_MISS = "miss";

    private final AnnotatedArticle article;
    private final List<SentenceView> sentences = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<Mention, Entity> entityOf = new HashMap<>();
    private final List<DateExpression> dates;
    private final List<PlaceMention> places;
    private final Span dateline;
    /** The gender each person entity's mentions tell, by entity id, read once. */
    private final Map<String, Optional<NameGenders.Gender>> entityGenders = new HashMap<>();

    public ArticleContext(AnnotatedArticle article) {
        this.article = article;
        Map<Integer, SentenceParse> parses = new HashMap<>();
        for (SentenceParse parse : article.getOrEmpty(Layers.PARSES)) {
            parses.put(parse.sentenceIndex(), parse);
        }
        for (Sentence sentence : article.getOrEmpty(Layers.SENTENCES)) {
            sentences.add(new SentenceView(sentence, parses.get(sentence.index())));
        }
        for (Entity entity : article.getOrEmpty(Layers.ENTITIES)) {
            for (Mention mention : entity.mentions()) {
                mentions.add(mention);
                entityOf.put(mention, entity);
            }
        }
        mentions.sort(Comparator.comparingInt(m -> m.span().start()));
        this.dates = article.getOrEmpty(Layers.DATES);
        this.places = article.getOrEmpty(Layers.PLACES);
        this.dateline = datelineSpan(article.article().text(), article.article().metadata().datelineCity());
    }

    /** How far into the text a dateline may start, and how long it may run to its dash or colon. */
    private static final int DATELINE_REACH = 400;
    private static final int DATELINE_LENGTH = 80;

    /**
     * The dateline's characters in the text: its city, as the cleaner found it near the start, up to the dash or
     * colon that ends it ("WASHINGTON (Reuters) -"); null when there is none.
     */
    private static Span datelineSpan(String text, String city) {
        if (city == null || city.isBlank()) {
            return null;
        }
        int at = text.substring(0, Math.min(text.length(), DATELINE_REACH)).indexOf(city.strip());
        if (at < 0) {
            return null;
        }
        int limit = Math.min(text.length(), at + city.strip().length() + DATELINE_LENGTH);
        for (int i = at + city.strip().length(); i < limit; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014' || c == ':') {
                return new Span(at, i + 1);
            }
            if (c == '\n') {
                break;
            }
        }
        return new Span(at, at + city.strip().length());
    }

    /** The article's dateline in its text, from its city to the dash that ends it; null when it has none. */
    public Span dateline() {
        return dateline;
    }

    /** Whether the offset lies in the article's dateline, which says where the report was filed, not who acts. */
    public boolean inDateline(int offset) {
        return dateline != null && dateline.contains(offset);
    }

    public AnnotatedArticle annotated() {
        return article;
    }

    public String articleId() {
        return article.article().id();
    }

    public String text() {
        return article.article().text();
    }

    public List<SentenceView> sentences() {
        return sentences;
    }

    /** The publication date, or null. */
    public LocalDate published() {
        return article.article().metadata().publishedDate();
    }

    /** The entity mention that covers the offset, or null. */
    public Mention mentionAt(int offset) {
        for (Mention m : mentions) {
            if (m.span().start() > offset) {
                break;
            }
            if (m.span().contains(offset)) {
                return m;
            }
        }
        return null;
    }

    public Entity entityOf(Mention mention) {
        return entityOf.get(mention);
    }

    public Entity entity(String id) {
        for (Entity e : entityOf.values()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** The last person mentioned before the offset, or null: what "he" and "she" most often refer to. */
    public Entity lastPersonBefore(int offset) {
        Entity last = null;
        for (Mention m : mentions) {
            if (m.span().start() >= offset) {
                break;
            }
            if (m.type() == EntityType.PERSON) {
                last = entityOf.get(m);
            }
        }
        return last;
    }

    /**
     * The last person mentioned before the offset whose name does not say the other gender than the pronoun's
     * ("she" passes over "Alan Reed" for "Mona Dale"; a name of unknown gender, a surname alone, fits either), or
     * null. The quotes stage finds the speaker of "she said" the same way.
     */
    public Entity lastPersonBefore(int offset, String pronoun) {
        NameGenders.Gender wanted = NameGenders.ofPronoun(pronoun);
        if (wanted == null) {
            return lastPersonBefore(offset);
        }
        Entity last = null;
        for (Mention m : mentions) {
            if (m.span().start() >= offset) {
                break;
            }
            if (m.type() == EntityType.PERSON) {
                Entity entity = entityOf.get(m);
                NameGenders.Gender named = genderOf(m, entity);
                if (named == null || named == wanted) {
                    last = entity;
                }
            }
        }
        return last;
    }

    /**
     * The gender of a person by the title of the mention ("Mrs. Dale"), else by the first name of their name, else
     * by what the article says of them at any of their mentions: a title there ("Mrs. Dale" for a later "Dale"), or
     * a word right before the name that English gives a gender ("her son Kai", "Queen Ana").
     */
    private NameGenders.Gender genderOf(Mention mention, Entity entity) {
        NameGenders.Gender byMention = NameGenders.of(mention.text());
        if (byMention != null || entity == null) {
            return byMention;
        }
        NameGenders.Gender byName = NameGenders.of(entity.name());
        return byName != null ? byName : entityGenders.computeIfAbsent(entity.id(), id -> toldGender(entity)).orElse(null);
    }

    /** The one gender the words at an entity's mentions tell, or none where they tell none or both. */
    private Optional<NameGenders.Gender> toldGender(Entity entity) {
        Set<NameGenders.Gender> told = EnumSet.noneOf(NameGenders.Gender.class);
        for (Mention m : entity.mentions()) {
            NameGenders.Gender byTitle = NameGenders.of(m.text());
            if (byTitle != null) {
                told.add(byTitle);
            }
            String byWord = GENDER_WORDS.get(genderWordBefore(m.span().start()));
            if (byWord != null) {
                told.add(NameGenders.Gender.valueOf(byWord));
            }
        }
        return told.size() == 1 ? Optional.of(told.iterator().next()) : Optional.empty();
    }

    /**
     * The word right before the offset that says a gender, lower case, without a period ("Mrs. Dale"), or "" where
     * none does. It must lie in the sentence of the offset: "she lived with her son. Kai ..." says nothing of Kai. It
     * may stand before one comma only where a possessive owns it ("his wife, Dana", "the couple's son, Kai"): "the
     * victim was a girl, Dale said" is no apposition. A lower-case "miss" is the verb ("they will miss Dale").
     */
    private String genderWordBefore(int offset) {
        String text = text();
        SentenceView sentence = sentenceAt(offset);
        int sentenceStart = sentence == null ? 0 : sentence.sentence().span().start();
        int end = skipSpaces(text, offset);
        boolean afterComma = end > sentenceStart && text.charAt(end - 1) == ',';
        if (afterComma) {
            end--;
        }
        if (end > sentenceStart && text.charAt(end - 1) == '.') {
            end--;
        }
        int start = wordStart(text, end);
        if (start < sentenceStart || start == end) {
            return "";
        }
        String word = text.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.equals(VERB_MISS) || afterComma && !possessive(text, start, sentenceStart)) {
            return "";
        }
        return lower;
    }

    /** Whether the word before {@code wordStart} is a possessive: "his", "her", "their", or a name with "'s". */
    private static boolean possessive(String text, int wordStart, int sentenceStart) {
        int end = skipSpaces(text, wordStart);
        int start = wordStart(text, end);
        if (start < sentenceStart || start == end) {
            return false;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (POSSESSIVES.contains(word)) {
            return true;
        }
        return word.equals("s") && start >= 1 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '\u2019');
    }

    private static int skipSpaces(String text, int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** The mentions of persons that start before the offset, the nearest first. */
    public List<Mention> personMentionsBefore(int offset) {
        List<Mention> before = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.span().start() >= offset) {
                break;
            }
            if (m.type() == EntityType.PERSON) {
                before.addFirst(m);
            }
        }
        return before;
    }

    /** The person mentioned before the last one before the offset ("the former"), or null. */
    public Entity personBeforeLast(int offset) {
        Entity last = null;
        Entity before = null;
        for (Mention m : mentions) {
            if (m.span().start() >= offset) {
                break;
            }
            if (m.type() == EntityType.PERSON && entityOf.get(m) != last) {
                before = last;
                last = entityOf.get(m);
            }
        }
        return before;
    }

    /** The place name that covers the offset (resolved or not), or null. */
    public PlaceMention placeAt(int offset) {
        for (PlaceMention p : places) {
            if (p.span().start() > offset) {
                break;
            }
            if (p.span().contains(offset)) {
                return p;
            }
        }
        return null;
    }

    /** Every place name of the article, in text order. */
    public List<PlaceMention> places() {
        return places;
    }

    /** The place names that lie inside the span, in text order. */
    public List<PlaceMention> placesIn(Span span) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : places) {
            if (span.contains(p.span())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The date expressions that lie inside the span. */
    public List<DateExpression> datesIn(Span span) {
        List<DateExpression> out = new ArrayList<>();
        for (DateExpression d : dates) {
            if (span.contains(d.span())) {
                out.add(d);
            }
        }
        return out;
    }

    /** The sentence of the given index, or null. */
    public SentenceView sentence(int index) {
        for (SentenceView s : sentences) {
            if (s.sentence().index() == index) {
                return s;
            }
        }
        return null;
    }

    /** The sentence that holds the offset, or null. */
    public SentenceView sentenceAt(int offset) {
        for (SentenceView s : sentences) {
            if (s.sentence().span().contains(offset)) {
                return s;
            }
        }
        return null;
    }
}
