package org.dossier.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Token;

/**
 * Finds an article's place names: the location names NER tagged, with the words around them that make them an
 * admin area or a part of a place; the dateline; and demonyms that stand for their country's territory.
 */
public final class Toponyms {

    /** The dateline is looked for in the text's first characters only. */
    private static final int DATELINE_REACH = 400;

    private final Gazetteer gazetteer;
    private final PlaceWords words;

    public Toponyms(Gazetteer gazetteer, PlaceWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    public List<Toponym> find(String text, List<Sentence> sentences, List<Mention> mentions, String datelineCity) {
        List<Toponym> out = new ArrayList<>();
        for (Mention m : mentions) {
            // NER tags a country that acts as an organization ("Israel said"); its name is still a place name.
            if (m.type() != EntityType.LOCATION
                    && !(m.type() == EntityType.ORGANIZATION && gazetteer.country(Names.key(m.text())) != null)) {
                continue;
            }
            Toponym t = around(text, sentences, m.span());
            if (t != null) {
                out.add(t);
            }
        }
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (Character.isUpperCase(t.word().charAt(0)) && words.territory().contains(lower(tokens.get(i + 1)))
                        && gazetteer.countryOfDemonym(Names.key(t.word())) != null && !covered(out, t.span())) {
                    out.add(new Toponym(t.span(), t.span().union(tokens.get(i + 1).span()), t.word(),
                            Names.key(t.word()), Toponym.Role.TERRITORY, false, s.index()));
                }
            }
        }
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!tokens.get(i - 1).word().equals(",") || !Character.isUpperCase(t.word().charAt(0))
                        || covered(out, t.span())) {
                    continue;
                }
                // "Asheville, N.C.", "in Cuiabá, Mato Grosso": an admin area after a comma, up to three words
                for (int j = Math.min(tokens.size() - 1, i + 2); j >= i; j--) {
                    Span span = t.span().union(tokens.get(j).span());
                    String key = Names.key(span.of(text));
                    if (!gazetteer.areas(key).isEmpty() && gazetteer.places(key).isEmpty()
                            && !covered(out, span)) {
                        out.add(new Toponym(span, span, span.of(text), key, Toponym.Role.NAME, false, s.index()));
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Toponym::span));
        return dateline(text, sentences, out, datelineCity);
    }

    /** The toponym of a location mention, with the words before and after it that change what it names. */
    private Toponym around(String text, List<Sentence> sentences, Span mention) {
        Sentence sentence = sentenceOf(sentences, mention.start());
        if (sentence == null) {
            return plain(text, mention, -1);
        }
        List<Token> tokens = sentence.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (mention.contains(tokens.get(i).span())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return plain(text, mention, sentence.index());
        }
        Span name = mention;
        Span span = mention;
        Toponym.Role role = Toponym.Role.NAME;
        // A word for an area or a part inside the tagged name ("Idlib Province", "Sheik Said District").
        if (last > first) {
            String inner = lower(tokens.get(last));
            if (words.areaAfter().contains(inner) || words.partAfter().contains(inner)) {
                role = words.areaAfter().contains(inner) ? Toponym.Role.AREA : Toponym.Role.PART;
                name = new Span(mention.start(), tokens.get(last - 1).span().end());
                last--;
            }
        }
        if (role == Toponym.Role.NAME && last + 1 < tokens.size()) {
            String after = lower(tokens.get(last + 1));
            if (words.areaAfter().contains(after)) {
                role = Toponym.Role.AREA;
                span = span.union(tokens.get(last + 1).span());
            } else if (words.partAfter().contains(after)) {
                role = Toponym.Role.PART;
                span = span.union(tokens.get(last + 1).span());
            }
        }
        if (role == Toponym.Role.NAME && first > 0) {
            String before = lower(tokens.get(first - 1));
            Span withBefore = tokens.get(first - 1).span().union(mention);
            if (known(Names.key(withBefore.of(text)))) {
                // "South Sudan", "West Bank": the word before is part of the name
                String nameText = withBefore.of(text);
                return new Toponym(withBefore, withBefore, nameText, Names.key(nameText), Toponym.Role.NAME, false,
                        sentence.index());
            }
            if (words.partBefore().contains(before)) {
                role = Toponym.Role.PART;
                span = span.union(tokens.get(first - 1).span());
            } else if (before.equals("of") && first > 1 && words.partBefore().contains(lower(tokens.get(first - 2)))) {
                role = Toponym.Role.PART;
                span = span.union(tokens.get(first - 2).span());
            }
        }
        String nameText = name.of(text);
        return new Toponym(name, span, nameText, Names.key(nameText), role, false, sentence.index());
    }

    private boolean known(String key) {
        return gazetteer.country(key) != null || !gazetteer.areas(key).isEmpty() || !gazetteer.places(key).isEmpty();
    }

    private static Toponym plain(String text, Span mention, int sentence) {
        String name = mention.of(text);
        return new Toponym(mention, mention, name, Names.key(name), Toponym.Role.NAME, false, sentence);
    }

    /** Marks the toponym that is the dateline, adding it when NER missed it ("BEIRUT, Lebanon (AP) -"). */
    private List<Toponym> dateline(String text, List<Sentence> sentences, List<Toponym> found, String city) {
        if (city == null || city.isBlank()) {
            return found;
        }
        int reach = Math.min(text.length(), DATELINE_REACH);
        int at = -1;
        for (int i = 0; i + city.length() <= reach; i++) {
            if (text.regionMatches(true, i, city, 0, city.length()) && boundary(text, i - 1)
                    && boundary(text, i + city.length())) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return found;
        }
        Span span = new Span(at, at + city.length());
        List<Toponym> out = new ArrayList<>(found.size() + 1);
        boolean marked = false;
        for (Toponym t : found) {
            if (!marked && t.span().overlaps(span)) {
                out.add(new Toponym(t.name(), t.span(), t.text(), t.key(), t.role(), true, t.sentence()));
                marked = true;
            } else {
                out.add(t);
            }
        }
        if (!marked) {
            Sentence s = sentenceOf(sentences, at);
            String name = span.of(text);
            out.add(new Toponym(span, span, name, Names.key(name), Toponym.Role.NAME, true, s == null ? -1 : s.index()));
            out.sort(Comparator.comparing(Toponym::span));
        }
        return out;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean covered(List<Toponym> found, Span span) {
        return found.stream().anyMatch(t -> t.span().overlaps(span));
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    private static Sentence sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().contains(offset)) {
                return s;
            }
        }
        return null;
    }
}
