package org.dossier.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Span;
import org.dossier.model.Token;

/** Lookups over one article's layers that quote extraction needs: by offset, by sentence, by entity. */
final class ArticleView {

    /** A mention together with the entity it belongs to. */
    record EntityMention(Entity entity, Mention mention) {}

    private final String articleId;
    private final String text;
    private final List<Sentence> sentences;
    private final Map<Integer, SentenceParse> parses = new HashMap<>();
    private final TreeMap<Integer, EntityMention> mentionsByStart = new TreeMap<>();
    private final List<Span> paragraphs;

    ArticleView(AnnotatedArticle article) {
        this.articleId = article.id();
        this.text = withPlainSpaces(article.article().text());
        this.sentences = article.get(Layers.SENTENCES);
        for (SentenceParse parse : article.getOrEmpty(Layers.PARSES)) {
            parses.put(parse.sentenceIndex(), parse);
        }
        for (Entity entity : article.get(Layers.ENTITIES)) {
            for (Mention mention : entity.mentions()) {
                mentionsByStart.put(mention.span().start(), new EntityMention(entity, mention));
            }
        }
        this.paragraphs = paragraphs(text);
    }

    /**
     * The text with each no-break space (U+00A0, U+2007, U+202F) read as a plain space, offsets unchanged. Web copy
     * sets them before a quotation mark or a paragraph's end ("said that X\u00a0“…”"); to the checks of blank text
     * between a word and a mark, which read only what {@link Character#isWhitespace} calls space, they were a
     * character, so a quoted fragment passed for a quotation and a paragraph for one line.
     */
    static String withPlainSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u2007', ' ').replace('\u202f', ' ');
    }

    String articleId() {
        return articleId;
    }

    String text() {
        return text;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<Span> paragraphs() {
        return paragraphs;
    }

    SentenceParse parse(Sentence sentence) {
        return parses.get(sentence.index());
    }

    /** The sentence holding the character at {@code offset}, or the nearest one before it. */
    Sentence sentenceAt(int offset) {
        Sentence best = null;
        for (Sentence sentence : sentences) {
            if (sentence.span().start() <= offset) {
                best = sentence;
            } else {
                break;
            }
        }
        return best;
    }

    /** The index of the first token of the sentence that starts at or after {@code offset}, or the token count. */
    static int firstTokenFrom(Sentence sentence, int offset) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The entity mention covering the token, if any. */
    EntityMention mentionCovering(Span tokenSpan) {
        Map.Entry<Integer, EntityMention> entry = mentionsByStart.floorEntry(tokenSpan.start());
        if (entry != null && entry.getValue().mention().span().contains(tokenSpan)) {
            return entry.getValue();
        }
        return null;
    }

    /** Mentions of people, in text order. */
    List<EntityMention> personMentions() {
        List<EntityMention> people = new ArrayList<>();
        for (EntityMention em : mentionsByStart.values()) {
            if (em.entity().type() == EntityType.PERSON) {
                people.add(em);
            }
        }
        return people;
    }

    int paragraphOf(int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset < paragraphs.get(i).end() || i == paragraphs.size() - 1) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Paragraphs are separated by blank lines, or by a single line break after a sentence's end before a capital, a
     * digit or a quotation mark: texts from wire copy and archive exports set paragraphs apart that way, where a line
     * wrapped inside a paragraph breaks anywhere. A single text without either is one paragraph.
     */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || text.charAt(i) == '\n' && (text.startsWith("\n\n", i)
                    || endsSentence(text, i) && startsParagraph(text, i + 1));
            if (!end) {
                continue;
            }
            if (i > start && !text.substring(start, i).isBlank()) {
                out.add(new Span(start, i));
            }
            if (i == text.length()) {
                break;
            }
            while (i < text.length() && text.charAt(i) == '\n') {
                i++;
            }
            start = i;
            i--;
        }
        return out;
    }

    private static boolean endsSentence(String text, int lineBreak) {
        int last = lineBreak - 1;
        while (last >= 0 && text.charAt(last) == ' ') {
            last--;
        }
        return last >= 0 && ".!?:\"'”’".indexOf(text.charAt(last)) >= 0;
    }

    private static boolean startsParagraph(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘«`".indexOf(c) >= 0;
    }
}
