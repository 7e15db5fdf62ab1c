package org.dossier.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private final Set<String> notPlaces;
    private final Map<String, AdminArea> provinceCodes;
    private final Map<String, Toponym.Within> areaDemonyms;
    private final Pattern resultAfter;
    private final Pattern resultBefore;

    public Toponyms(Gazetteer gazetteer, PlaceWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.notPlaces = notPlaceKeys(words);
        this.provinceCodes = provinceCodes(gazetteer, words);
        this.areaDemonyms = areaDemonyms(words);
        String results = words.teamResults().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        this.resultAfter = Pattern.compile(" (?:" + results + ") (?:the )?(?:No\\. ?\\d+ )?\\p{Lu}\\S*"
                + NAME_THEN_SCORE);
        this.resultBefore = Pattern.compile("\\b(?:" + results + ") (?:the )?(?:No\\. ?\\d+ )?$");
    }

    /** The areas of the demonyms no country's demonym gives ("english": England), by lower-case demonym. */
    private static Map<String, Toponym.Within> areaDemonyms(PlaceWords words) {
        Map<String, Toponym.Within> out = new HashMap<>();
        for (String line : words.areaDemonyms()) {
            String[] f = line.split("\\s+");
            if (f.length != 3) {
                throw new IllegalArgumentException("area demonym '" + line + "' is not: demonym country code");
            }
            out.put(f[0], new Toponym.Within(f[1], f[2]));
        }
        return Map.copyOf(out);
    }

    /**
     * The country or area a demonym just before a word for a city puts the city in ("the Syrian town of", "the
     * northern Syrian city of", "the South Korean capital", "the English city of"), or null.
     */
    private Toponym.Within demonymBefore(List<Token> tokens, int cityWord) {
        int at = cityWord - 1;
        if (at < 0 || !capitalized(tokens.get(at))) {
            return null;
        }
        if (at > 0 && capitalized(tokens.get(at - 1))) {
            Country two = gazetteer.countryOfDemonym(
                    Names.key(tokens.get(at - 1).word() + " " + tokens.get(at).word()));
            if (two != null) {
                return new Toponym.Within(two.code(), null);
            }
        }
        Toponym.Within area = areaDemonyms.get(lower(tokens.get(at)));
        if (area != null) {
            return area;
        }
        Country one = gazetteer.countryOfDemonym(Names.key(tokens.get(at).word()));
        return one == null ? null : new Toponym.Within(one.code(), null);
    }

    /** Provinces by postal abbreviation ("ON"), where the gazetteer has them. */
    private static Map<String, AdminArea> provinceCodes(Gazetteer gazetteer, PlaceWords words) {
        Map<String, AdminArea> out = new HashMap<>();
        for (String line : words.provinceCodes()) {
            String[] f = line.split("\\s+");
            if (f.length != 3) {
                throw new IllegalArgumentException("province code '" + line + "' is not: abbreviation country code");
            }
            AdminArea area = gazetteer.area(f[1], f[2]);
            if (area != null) {
                out.put(f[0], area);
            }
        }
        return Map.copyOf(out);
    }

    /** The keys of the names that are not places to resolve ("North America", "Mars"), as {@link Names#key} makes. */
    private static Set<String> notPlaceKeys(PlaceWords words) {
        Set<String> keys = new java.util.HashSet<>();
        for (String name : words.notPlaces()) {
            keys.add(Names.key(name));
        }
        return Set.copyOf(keys);
    }

    /** Whether a name's key is one of a name that is not a place to resolve. */
    boolean notPlace(String key) {
        return notPlaces.contains(key);
    }

    public List<Toponym> find(String text, List<Sentence> sentences, List<Mention> mentions, String datelineCity) {
        List<Toponym> out = new ArrayList<>();
        // How often NER tags each text as a location, less how often as something else: a story uses a name in
        // one sense, the sense NER gives it most.
        Map<String, Integer> locationVotes = new HashMap<>();
        for (Mention m : mentions) {
            locationVotes.merge(m.text(), m.type() == EntityType.LOCATION ? 1 : -1, Integer::sum);
        }
        List<Mention> others = new ArrayList<>();
        for (Mention m : mentions) {
            Toponym t = null;
            if (m.type() == EntityType.LOCATION
                    // NER tags a country that acts as an organization ("Israel said"); its name is still a place
                    // name, and so is a name it tags as a location more often in the article
                    || m.type() == EntityType.ORGANIZATION && (gazetteer.country(Names.key(m.text())) != null
                            || locationVotes.get(m.text()) > 0)) {
                Span state = m.type() == EntityType.LOCATION ? taggedPartyState(text, m.span()) : null;
                Sentence in = state == null ? null : sentenceOf(sentences, state.start());
                t = state != null ? plain(text, state, in == null ? -1 : in.index())
                        : around(text, sentences, m.span());
            } else if (m.type() == EntityType.ORGANIZATION && knownArea(Names.key(m.text()))) {
                // "fires in Mato Grosso and Paraná, two Brazilian states", where NER took "Mato Grosso" for an organization
                t = around(text, sentences, m.span());
                t = t == null ? null : t.asUntagged();
            }
            if (t != null) {
                out.add(t);
            } else {
                others.add(m);
            }
        }
        countriesBeforeAnOfficeTitle(text, sentences, out, others);
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!Character.isUpperCase(t.word().charAt(0)) || covered(out, t.span())
                        || gazetteer.countryOfDemonym(Names.key(t.word())) == null) {
                    continue;
                }
                int last = words.territory().contains(lower(tokens.get(i + 1))) ? i + 1
                        : i + 2 < tokens.size() && words.territory().contains(lower(tokens.get(i + 1)) + " "
                                + lower(tokens.get(i + 2))) ? i + 2 : -1;
                // "the Norlandic coast guard" is a service, not the coast (session sixteen review)
                if (last > 0 && (last + 1 >= tokens.size()
                        || !words.territoryNotBefore().contains(lower(tokens.get(last + 1))))) {
                    out.add(new Toponym(t.span(), t.span().union(tokens.get(last).span()), t.word(),
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
                if (degreeAfterAPerson(tokens, i, others)) {
                    continue;
                }
                // "Asheville, N.C.", "in Cuiabá, Mato Grosso": an admin area after a comma, up to three words
                for (int j = Math.min(tokens.size() - 1, i + 2); j >= i; j--) {
                    Span span = t.span().union(tokens.get(j).span());
                    String key = Names.key(span.of(text));
                    if (!gazetteer.areas(key).isEmpty() && gazetteer.places(key).isEmpty()
                            && !covered(out, span) && !CONTRACTION.matcher(span.of(text)).matches()) {
                        out.add(new Toponym(span, span, span.of(text), key, Toponym.Role.NAME, false, s.index()));
                        break;
                    }
                }
            }
        }
        echoes(text, sentences, out, others, locationVotes);
        echoesInHeadlines(text, sentences, out, others, locationVotes);
        untagged(text, sentences, out, others);
        beforeTheirArea(text, sentences, out, others);
        afterALocativeWord(text, sentences, out, others);
        untaggedInATownsFrame(text, sentences, out, others);
        personsNamedAsPlacesElsewhere(text, sentences, out, others, locationVotes);
        afterAnAge(text, sentences, out, others);
        afterAPersonAndOf(text, sentences, out, others);
        out.sort(Comparator.comparing(Toponym::span));
        List<Toponym> joined = joinedCountryNames(text, out);
        List<Toponym> found = withoutOtherSenses(text, sentences, dateline(text, sentences, joined, datelineCity),
                others);
        return withoutTitlesOfWorks(text,
                withoutTeamsWithRecords(text, sentences, withoutShips(text, sentences, found)));
    }

    /** The most words of a quoted title of a work ("The Purple Rose of Eastvale"). */
    private static final int TITLE_WORDS = 8;

    /** Opening quotation marks; ASCII double quotes and the typographic and TeX-like ones. */
    private static final Set<String> OPENING_QUOTES = Set.of("\u201c", "\"", "``");

    /** Closing quotation marks; "\u201c" too, which some sites write for both ends. */
    private static final Set<String> CLOSING_QUOTES = Set.of("\u201d", "\u201c", "\"", "''");

    /**
     * The names without those inside a quoted title of a work: a film, song, show or book named for a place
     * ("\u201cEastvale,\u201d a song", "the film \u201cA Rainy Day in Eastvale\u201d", "`` Norland , ''"). A quotation
     * on one line of at most {@value #TITLE_WORDS} words, each capitalized but the short words title case leaves,
     * is written as a title; a quoted place in speech has words in lower case ("\u201cI am from Eastvale\u201d") and
     * stays a place. Found in the broad pages of session twenty-nine, where such titles were resolved as the
     * places they are named for (a film's title as Egypt's capital, a song as the Scottish city).
     */
    private List<Toponym> withoutTitlesOfWorks(String text, List<Toponym> found) {
        List<Toponym> kept = new ArrayList<>();
        for (Toponym t : found) {
            if (!insideAQuotedTitle(text, t.span())) {
                kept.add(t);
            }
        }
        return kept.size() == found.size() ? found : kept;
    }

    /** Whether a span lies inside a quotation on its line written as a title. */
    private boolean insideAQuotedTitle(String text, Span span) {
        int lineStart = text.lastIndexOf('\n', span.start()) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int open = -1;
        int openLength = 0;
        for (int i = span.start() - 1; i >= lineStart && open < 0; i--) {
            String mark = quoteAt(text, i);
            if (mark == null) {
                continue;
            }
            if (!OPENING_QUOTES.contains(mark) || mark.equals("\"") && i > lineStart
                    && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
                return false;
            }
            // scanning back, a two-character mark is met at its second character
            open = mark.length() == 2 && (i + 1 >= text.length() || text.charAt(i + 1) != text.charAt(i)) ? i - 1 : i;
            openLength = mark.length();
        }
        int close = -1;
        for (int i = span.end(); i < lineEnd && close < 0; i++) {
            String mark = quoteAt(text, i);
            if (mark == null) {
                continue;
            }
            if (!CLOSING_QUOTES.contains(mark)) {
                return false;
            }
            close = i;
        }
        if (open < 0 || close < 0) {
            return false;
        }
        return writtenAsATitle(text.substring(open + openLength, close));
    }

    /** The quotation mark that begins at an offset, or null: "``" and "''" take two characters. */
    private static String quoteAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201c' || c == '\u201d' || c == '"') {
            return String.valueOf(c);
        }
        if ((c == '`' || c == '\'') && i + 1 < text.length() && text.charAt(i + 1) == c) {
            return text.substring(i, i + 2);
        }
        if ((c == '`' || c == '\'') && i > 0 && text.charAt(i - 1) == c) {
            return text.substring(i - 1, i + 1);
        }
        return null;
    }

    /** Whether quoted words are a title: at most {@value #TITLE_WORDS} words, all capitalized but title case's. */
    private boolean writtenAsATitle(String quoted) {
        int words = 0;
        for (String w : quoted.trim().split("\\s+")) {
            String word = w.replaceAll("^\\P{L}+|\\P{L}+$", "");
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (!inTitleCase(word)) {
                return false;
            }
        }
        return words > 0 && words <= TITLE_WORDS;
    }

    /** The most capitalized words between a country's name and an office title ("U.S. Defense Secretary"). */
    private static final int TITLE_QUALIFIERS = 2;

    /**
     * A country's name that begins an organization NER tagged, before an office title: "U.S. Defense Secretary
     * Mark Esper", "US Trade Representative" (NER tags "U.S. Defense" and "US Trade" as organizations). The gold
     * counts a country before an office title as written, as any country that qualifies a noun (the lead's decision,
     * session twenty-eight). The title's head noun, from {@code [office-titles]}, may follow up to
     * {@link #TITLE_QUALIFIERS} capitalized words after the country, inside the organization or after it; without
     * one the organization keeps its whole name ("U.S. Navy", "US Geological Survey" are no places), and so does an
     * office's name ("the U.S. Trade Representative's Office": a possessive or a capitalized word after the title).
     */
    private void countriesBeforeAnOfficeTitle(String text, List<Sentence> sentences, List<Toponym> found,
            List<Mention> others) {
        for (Mention m : others) {
            Sentence s = m.type() == EntityType.ORGANIZATION ? sentenceOf(sentences, m.span().start()) : null;
            int first = s == null ? -1 : tokenStartingAt(s.tokens(), m.span().start());
            if (first < 0) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int last = Math.min(tokens.size() - 1, first + 2); last >= first; last--) {
                Span name = tokens.get(first).span().union(tokens.get(last).span());
                if (name.end() < m.span().end() && gazetteer.country(Names.key(name.of(text))) != null) {
                    if (officeTitleAfter(tokens, last + 1) && !covered(found, name)) {
                        found.add(plain(text, name, s.index()));
                    }
                    break;
                }
            }
        }
    }

    /** Whether an office title's head noun follows from token {@code from}, after its capitalized qualifiers. */
    private boolean officeTitleAfter(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size() && i <= from + TITLE_QUALIFIERS && capitalized(tokens.get(i)); i++) {
            if (words.organizationEnds().contains(lower(tokens.get(i)))) {
                // the country begins a firm's or a body's name, whose head the title is: "Eastvale Airlines
                // President", "Eastvale Olympic Committee President" (a place inside an organization's name)
                return false;
            }
            if (words.officeTitles().contains(lower(tokens.get(i)))) {
                return i + 1 >= tokens.size() || !POSSESSIVE.contains(tokens.get(i + 1).word())
                        && !words.institutionWords().contains(lower(tokens.get(i + 1)))
                        && !lower(tokens.get(i + 1)).equals("office");
            }
        }
        return false;
    }

    private static int tokenStartingAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() == offset) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A team's win-loss record in brackets straight after its name: "Eastvale (7-2)", "Eastvale (3-1-1):", "(41-21)".
     */
    private static final Pattern RECORD_AFTER = Pattern.compile("\\s*\\(\\d{1,3}[-–]\\d{1,3}([-–]\\d{1,3})?\\)");

    /**
     * The names without those of teams. A name stands for a team where news English writes it so: followed by a
     * win-loss record in brackets ("No. 4 Eastvale (8-2) at No. 5 Northmoor (7-3)", a school's or a club's standing in
     * a sports listing); before a possessive and a team's part or staff ("Eastvale's quarterback", "Northmoor's
     * bullpen"); or on either side of a game's result with the score after the losing side ("Eastvale beat Northmoor
     * 24-17", "knocked off the Northmoor Rams, 23-17"). The same name elsewhere in the article is the team too
     * ("Eastvale won"): a story uses a name in one sense. Kept: a name the text puts in its area ("Eastvale, Colo."),
     * the dateline, and a name after a preposition of where or "of" ("the game in Eastvale", "the Clairmont section of
     * Eastvale", not "none of Eastvale's wins"), where the town is meant; and the names of countries and states (for
     * the cues of staff and results, any name an area bears, as "Wales"), whose numbers in brackets are as often a
     * poll's margin, a court's vote or a medal tally ("leads in Ohio (48-46)", "Kenya (6-4-2)"), which a story names as
     * the country elsewhere ("Kenya's sports minister"), and which the gold counts as written where a country's team
     * plays.
     */
    private List<Toponym> withoutTeamsWithRecords(String text, List<Sentence> sentences, List<Toponym> found) {
        Set<String> teams = new HashSet<>();
        for (Toponym t : found) {
            if (!countryOrAreaName(t.key()) && RECORD_AFTER.matcher(text).region(t.span().end(), text.length())
                    .lookingAt()
                    // any area's name or other name too ("Wales beat Norland 2-0": a nation's side, counted)
                    || !isAreaOrCountry(t.key())
                            && (beforeATeamsUnit(text, t) || inAGamesResult(text, sentences, t))) {
                teams.add(t.key());
            }
        }
        if (teams.isEmpty()) {
            return found;
        }
        List<Toponym> out = new ArrayList<>(found.size());
        for (Toponym t : found) {
            String before = wordBefore(sentences, t);
            if (!teams.contains(t.key()) || t.within() != null || t.dateline()
                    || words.locativeBefore().contains(before)
                    || before.equals("of") && !POSSESSIVE_END_AT.matcher(text).region(t.span().end(), text.length())
                            .lookingAt()) {
                out.add(t);
            }
        }
        return out;
    }

    /** A possessive straight after a name: "of Eastvale's wins" makes the name no object of "of". */
    private static final Pattern POSSESSIVE_END_AT = Pattern.compile("['’]");

    /** A possessive and the next word, maybe after "head": "'s quarterback", "’s head coach". */
    private static final Pattern POSSESSIVE_AND_WORD = Pattern.compile("['’]s (?:head )?(\\p{Ll}+(?:-\\p{Ll}+)?)\\b");

    /** Whether a possessive and a team's part or staff follow the name: "Eastvale's quarterback". */
    private boolean beforeATeamsUnit(String text, Toponym t) {
        Matcher m = POSSESSIVE_AND_WORD.matcher(text).region(t.span().end(), text.length());
        return m.lookingAt() && words.teamUnits().contains(m.group(1));
    }

    /**
     * The rest of the losing side's name and the score right after it: " Rams, 23-17", " 24-17". Results put the score
     * there ("beat Northmoor 24-17", "knocked off the Northmoor Rams, 23-17"); a pair of numbers further on is as often
     * a range ("fell to the Norland army in March, when 20-30 homes burned") and says nothing of a game.
     */
    private static final String NAME_THEN_SCORE =
            "(?: \\p{Lu}\\S*)*(?: ?,)? (?<![\\d./-])\\d{1,3}[-–]\\d{1,3}(?![\\d./-])";

    private static final Pattern NAME_THEN_SCORE_AT = Pattern.compile(NAME_THEN_SCORE);

    /**
     * Whether the name stands on either side of a game's result with its score: "Eastvale beat Northmoor 24-17",
     * "lost to the Northmoor Rams, 23-17".
     */
    private boolean inAGamesResult(String text, List<Sentence> sentences, Toponym t) {
        Sentence s = sentenceOf(sentences, t.span().start());
        if (s == null) {
            return false;
        }
        return resultAfter.matcher(text).region(t.span().end(), s.span().end()).lookingAt()
                || resultBefore.matcher(text.substring(s.span().start(), t.span().start())).find()
                        && NAME_THEN_SCORE_AT.matcher(text).region(t.span().end(), s.span().end()).lookingAt();
    }

    /**
     * The names without those of ships: a name after a ship's prefix ("the destroyer USS Norton") and the same name
     * after "the" elsewhere in the article ("the Norton sailed") is the ship, not the city it is named for. A bare
     * "Norton" stays a place: the town may be named in the same story; so does "the Norton mayor", "the Norton area"
     * and "the Norton-based crew", where the name only begins a longer noun phrase (session sixteen review).
     */
    private List<Toponym> withoutShips(String text, List<Sentence> sentences, List<Toponym> found) {
        Set<String> ships = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (shipPrefixAt(tokens, i) && Character.isUpperCase(tokens.get(i + 1).word().charAt(0))) {
                    ships.add(Names.key(tokens.get(i + 1).word()));
                }
            }
        }
        if (ships.isEmpty()) {
            return found;
        }
        List<Toponym> kept = new ArrayList<>();
        for (Toponym t : found) {
            if (!ships.contains(t.key()) || !namesAShip(sentences, t)) {
                kept.add(t);
            }
        }
        return kept;
    }

    /**
     * Whether the token is a ship's prefix in capitals: one only ships use ("USS"), or one that is also other things'
     * initials ("INS", an immigration service) where the words around it say a ship: after a word for a ship or
     * "the" ("the frigate INS Norton"), before one ("INS Norton warship"), or with the name ending its noun phrase
     * ("Norland's INS Norton and its crew"), not as the first words of one ("an INS Norton spokesman").
     */
    private boolean shipPrefixAt(List<Token> tokens, int i) {
        String word = tokens.get(i).word();
        if (!word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (words.vesselPrefixes().contains(lower(word))) {
            return true;
        }
        if (!words.sharedVesselPrefixes().contains(lower(word)) || i + 1 >= tokens.size()) {
            return false;
        }
        return i > 0 && (lower(tokens.get(i - 1)).equals("the") || words.shipWords().contains(lower(tokens.get(i - 1))))
                || i + 2 < tokens.size() && words.shipWords().contains(lower(tokens.get(i + 2)))
                || endsANounPhrase(tokens, i + 1);
    }

    /**
     * Whether the name, one of a ship's, stands for the ship here: after its prefix ("USS Norton"), or after "the"
     * with nothing after it that makes the name the first word of a longer noun phrase: a noun or a capitalized word
     * ("the Norton mayor", "the Norton Navy Yard") or a hyphen ("the Norton-based crew").
     */
    private boolean namesAShip(List<Sentence> sentences, Toponym t) {
        if (!t.name().equals(t.span())) {
            return false;
        }
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i).span().start() != t.name().start()
                        || tokens.get(i).span().end() != t.name().end()) {
                    continue;
                }
                if (shipPrefixAt(tokens, i - 1)) {
                    return true;
                }
                return lower(tokens.get(i - 1)).equals("the") && endsANounPhrase(tokens, i);
            }
        }
        return false;
    }

    /**
     * Whether no noun, capitalized word or hyphen follows the token, nor a word joined to it (a comma may be):
     * "the Norton sailed", "the Norton, a frigate", "the Norton's crew".
     */
    private static boolean endsANounPhrase(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        if (next.pos().equals("POS")) {
            return true;
        }
        boolean joined = next.span().start() == tokens.get(i).span().end() && Character.isLetter(next.word().charAt(0));
        return !next.pos().startsWith("NN") && !Character.isUpperCase(next.word().charAt(0))
                && !next.word().startsWith("-") && !joined;
    }

    /**
     * " and " or " and the " after a name, then up to three capitalized words: the rest of a country's name. A word
     * ends in a letter, so a sentence's full stop stays out of the name; a possessive it may end in is taken off
     * before the lookup ({@link #POSSESSIVE_END}).
     */
    private static final Pattern AND_THE_REST = Pattern.compile(
            "\\G and (?:the )?\\p{Lu}[\\p{L}'’-]*\\p{L}(?: \\p{Lu}[\\p{L}'’-]*\\p{L}){0,2}");

    /** A possessive's ending: "Antigua and Barbuda's prime minister" names the country without it. */
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");

    /**
     * The names that begin a country's name joined by "and", made that one name: NER splits "Antigua and Barbuda",
     * "Bosnia and Herzegovina" and "Trinidad and Tobago" at the "and" into two names that are no country alone
     * ("Antigua" an island, "Herzegovina" a region). The words after are tried longest first, whole words only.
     */
    private List<Toponym> joinedCountryNames(String text, List<Toponym> found) {
        List<Toponym> out = new ArrayList<>(found.size());
        Span taken = null;
        for (Toponym t : found) {
            if (taken != null && taken.contains(t.span())) {
                continue; // the second half of a name joined just before
            }
            // a name alone only: "southern Bosnia and Herzegovina" keeps its part, as "southern Bosnia" did
            Span country = t.role() == Toponym.Role.NAME ? countryNameFrom(text, t.span()) : null;
            if (country != null) {
                out.add(plain(text, country, t.sentence()));
                taken = country;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** The span of a country's name joined by "and" that begins with the name, or null. */
    private Span countryNameFrom(String text, Span name) {
        Matcher m = AND_THE_REST.matcher(text);
        if (!m.find(name.end()) || m.start() != name.end()) {
            return null;
        }
        String rest = m.group();
        for (int end = rest.length(); end > 0; end = rest.lastIndexOf(' ', end - 1)) {
            Matcher possessive = POSSESSIVE_END.matcher(rest.substring(0, end));
            int nameEnd = possessive.find() ? possessive.start() : end;
            Span span = new Span(name.start(), name.end() + nameEnd);
            String words = span.of(text);
            if (words.contains(" and ") && gazetteer.country(Names.key(words)) != null) {
                return span;
            }
        }
        return null;
    }

    /**
     * The names less those the text uses in another sense than a place's, where nothing around them says a place:
     * a place's name that is a word of a longer person's name the article gives ("Austin, like other patients,
     * waited" where it names Dora Austin; "Durham might proceed" beside John Durham), and letters written as
     * an acronym or an abbreviation without its full stop ("Photograph: ... /PA", "197 Nm of torque", "WA" for
     * Western Australia taken as Wa, Ghana, "150 kW DC fast charging"). Kept whatever their letters: a name the
     * text puts in its area ("Irving, TX"), an area after a comma ("Las Vegas, Nev." where the stop ends the
     * sentence), the dateline, a name after "in", "near" or "outside", a party-and-state tag ("D-NY").
     */
    private List<Toponym> withoutOtherSenses(String text, List<Sentence> sentences, List<Toponym> found,
            List<Mention> others) {
        // Surnames only: a first name that is a city's ("Charlotte Brown", "Sydney Wilson") does not make the city
        // a person, and a surname only where "of" does not put the name in a place ("the mayor of Houston").
        Set<String> personsWords = new HashSet<>();
        for (Mention m : others) {
            String[] names = m.text().split(" ");
            if (m.type() == EntityType.PERSON && names.length > 1) {
                personsWords.add(names[names.length - 1]);
            }
        }
        List<Toponym> out = new ArrayList<>(found.size());
        for (Toponym t : found) {
            if (t.role() != Toponym.Role.NAME || t.within() != null || t.dateline()
                    || gazetteer.country(t.key()) != null || gazetteer.partOf(t.key()) != null
                    || partyTag(text, t)) {
                out.add(t);
                continue;
            }
            if (inAnEventsName(sentences, t) || beforeATeamsPlayer(sentences, t)) {
                continue;
            }
            String before = wordBefore(sentences, t);
            boolean placedByText = words.locativeBefore().contains(before) || before.equals("of")
                    // after a comma: an area after its place ("Las Vegas, Nev." whose stop ends the sentence)
                    || before.equals(",") && !personsWords.contains(t.text());
            boolean letters = (acronym(t.text()) || t.text().indexOf('.') < 0 && gazetteer.isAreaAbbreviation(t.key()))
                    && !gazetteer.isPlaceAlias(t.key()); // "NYC"
            if (placedByText || !letters && !personsWords.contains(t.text())) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether the name begins the name of an event, an accord or the like: up to two capitalized words or a year
     * after it, then a capitalized word that ends such names ("Tokyo Olympics", "Birmingham 2022 Commonwealth
     * Games", "Amsterdam Light Festival", "Paris Agreement"). The capital tells the name from a place's use ("games
     * in Tokyo", "the Paris agreement reached there" stay).
     */
    private boolean inAnEventsName(List<Sentence> sentences, Toponym t) {
        Sentence s = sentenceOf(sentences, t.span().start());
        if (s == null) {
            return false;
        }
        List<Token> tokens = s.tokens();
        int next = 0;
        while (next < tokens.size() && tokens.get(next).span().start() < t.span().end()) {
            next++;
        }
        for (int i = next; i < Math.min(tokens.size(), next + 3); i++) {
            String word = tokens.get(i).word();
            // a headline's small words in capitals end the name: "Clash in Berlin As Games Begin"
            if (!Character.isUpperCase(word.charAt(0)) && !YEAR.matcher(word).matches()
                    || HEADLINE_SMALL_WORDS.contains(lower(tokens.get(i)))) {
                return false;
            }
            if (Character.isUpperCase(word.charAt(0)) && words.eventEnds().contains(lower(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name stands for a team: a player's role in lower case straight after it ("the Pittsburgh
     * quarterback", "Anaheim defenseman Erik Gudbranson"); "in Pittsburgh, the quarterback" stays a place. A role
     * with another sense ("a Detroit striker said the union …", "a Chicago receiver appointed by the court") and a
     * state's name ("a Texas quarterback", a college's team or a player from the state) stand for a team only where
     * a player's capitalised name follows the role.
     */
    private boolean beforeATeamsPlayer(List<Sentence> sentences, Toponym t) {
        Sentence s = sentenceOf(sentences, t.span().start());
        if (s == null) {
            return false;
        }
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.span().start() >= t.span().end()) {
                String role = lower(token);
                if (!token.word().equals(role)) {
                    return false;
                }
                boolean named = i + 1 < tokens.size() && Character.isUpperCase(tokens.get(i + 1).word().charAt(0));
                if (words.teamRolesNamed().contains(role)) {
                    return named;
                }
                return words.teamRoles().contains(role) && (named || !aStatesName(t.key()));
            }
        }
        return false;
    }

    /** A first-level area's name that no large city bears: "Texas", not "Washington" or "New York". */
    private boolean aStatesName(String key) {
        return !gazetteer.areas(key).isEmpty()
                && gazetteer.places(key).stream().noneMatch(p -> p.population() >= LARGE_CITY);
    }

    /** The people of a city whose name is a city's before a team's player even where an area bears it. */
    private static final int LARGE_CITY = 100_000;

    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9][0-9]");
    /** Words a title-case headline capitalizes that no event's name holds between its place and its end. */
    private static final Set<String> HEADLINE_SMALL_WORDS = Set.of("as", "and", "or", "in", "at", "of", "for",
            "with", "on", "to", "by", "the", "a", "an", "after", "before", "amid", "over", "ahead", "while", "is",
            "are", "was", "were");

    /** Two or three capitals and nothing else: "PA", "WA", "EU" ("US" and "UAE" are countries, kept before). */
    private static boolean acronym(String text) {
        return text.length() >= 2 && text.length() <= 3 && text.chars().allMatch(Character::isUpperCase);
    }

    /** The letter of a US party in a party-and-state tag: Democrat, Republican, Independent. */
    private static boolean isPartyLetter(char c) {
        return c == 'D' || c == 'R' || c == 'I';
    }

    /** Whether the name follows "D-" or "R-" of a party-and-state tag ("(D-NY)"). */
    private static boolean partyTag(String text, Toponym t) {
        int at = t.span().start();
        return at >= 2 && text.charAt(at - 1) == '-' && isPartyLetter(text.charAt(at - 2));
    }

    /** The word before the name in its sentence, in lower case ("" at the sentence's start). */
    private static String wordBefore(List<Sentence> sentences, Toponym t) {
        Sentence s = sentenceOf(sentences, t.span().start());
        Token before = null;
        for (Token token : s == null ? List.<Token>of() : s.tokens()) {
            if (token.span().end() > t.span().start()) {
                break;
            }
            before = token;
        }
        return before == null ? "" : lower(before);
    }

    /**
     * The names NER tagged as places that may be found again where it left them untagged, each under its first word
     * as {@code firstWordKey} writes it: capitalized names of three letters or more, no territory, and only those
     * {@code also} accepts. A name NER tags as a person or an organization as often ("Amazon", "Sondland") is not
     * echoed.
     */
    private static Map<String, List<String>> echoableNamesByFirstWord(List<Toponym> found,
            Map<String, Integer> locationVotes, Predicate<Toponym> also, UnaryOperator<String> firstWordKey) {
        Map<String, List<String>> namesByFirstWord = new HashMap<>();
        for (Toponym t : found) {
            if (t.untagged() || t.role() == Toponym.Role.TERRITORY || t.text().length() < 3
                    || !Character.isUpperCase(t.text().charAt(0)) || locationVotes.getOrDefault(t.text(), 1) <= 0
                    || !also.test(t)) {
                continue;
            }
            List<String> names = namesByFirstWord.computeIfAbsent(firstWordKey.apply(t.text().split(" ", 2)[0]),
                    k -> new ArrayList<>(1));
            if (!names.contains(t.text())) {
                names.add(t.text());
            }
        }
        return namesByFirstWord;
    }

    /**
     * The other occurrences of a name NER tagged as a location somewhere in the article, where it left them untagged
     * ("Saraqeb has already changed hands", "Woodburn's police chief"): a story uses a name in one sense.
     */
    private void echoes(String text, List<Sentence> sentences, List<Toponym> found, List<Mention> others,
            Map<String, Integer> locationVotes) {
        Map<String, List<String>> namesByFirstWord = echoableNamesByFirstWord(found, locationVotes, t -> true,
                first -> first);
        if (namesByFirstWord.isEmpty()) {
            return;
        }
        addEchoes(text, sentences, tokens -> true, namesByFirstWord, first -> first, false,
                (tokens, i, end) -> !inLongerName(tokens, end), found, others);
    }

    /** A rule's own test of a name matched at a sentence's token {@code i}, ending at {@code end}. */
    @FunctionalInterface
    private interface EchoGuard {
        boolean keeps(List<Token> tokens, int i, int end);
    }

    /**
     * Adds, in the sentences {@code inSentence} accepts, at each token that begins one of the names (its word keyed
     * as {@code firstWordKey} writes it), the first of those names written there (in any case where {@code anyCase})
     * that ends on a token's end, lies under no place found and no person or organization, and that {@code guard}
     * keeps: the loop the echoes of the body's places share.
     */
    private void addEchoes(String text, List<Sentence> sentences, Predicate<List<Token>> inSentence,
            Map<String, List<String>> namesByFirstWord, UnaryOperator<String> firstWordKey, boolean anyCase,
            EchoGuard guard, List<Toponym> found, List<Mention> others) {
        List<Toponym> added = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            if (!inSentence.test(tokens)) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                for (String name : namesByFirstWord.getOrDefault(firstWordKey.apply(tokens.get(i).word()),
                        List.of())) {
                    int end = tokens.get(i).span().start() + name.length();
                    Span span = new Span(tokens.get(i).span().start(), end);
                    if (end > text.length()
                            || !(anyCase ? span.of(text).equalsIgnoreCase(name) : span.of(text).equals(name))
                            || !endsToken(tokens, i, end) || covered(found, span) || covered(added, span)
                            || coveredBy(others, span) || !guard.keeps(tokens, i, end)) {
                        continue;
                    }
                    Toponym t = around(text, sentences, span);
                    if (t != null) {
                        added.add(t);
                    }
                    break;
                }
            }
        }
        found.addAll(added);
    }

    /**
     * The names the article's body tags as places, said again in a headline written in title case or in capitals
     * ("Crowds Return to Eastvale Fair", "FLOODS CLOSE NORTHMOOR BRIDGE"), which NER leaves untagged: a headline
     * capitalizes every word, so the word after the name says nothing of a longer name unless the body writes that
     * word capitalized too ("Eastvale Rovers" of a team the body names so). Matched without regard to case; not
     * words of a person or an organization NER found in the headline, nor a name after "The", which begins the
     * names of newspapers and firms ("The Eastvale Courier"), not of towns; and only names the gazetteer knows (a
     * plant or a theatre NER tagged a location in the body is not said again as a place).
     */
    private void echoesInHeadlines(String text, List<Sentence> sentences, List<Toponym> found, List<Mention> others,
            Map<String, Integer> locationVotes) {
        Map<String, List<String>> namesByFirstWord = echoableNamesByFirstWord(found, locationVotes,
                t -> known(t.key()), Toponyms::lower);
        if (namesByFirstWord.isEmpty()) {
            return;
        }
        Set<String> capitalizedInTheBody = new HashSet<>();
        for (Sentence s : sentences) {
            if (!headline(s.tokens())) {
                for (int i = 1; i < s.tokens().size(); i++) {
                    if (capitalized(s.tokens().get(i))) {
                        capitalizedInTheBody.add(lower(s.tokens().get(i)));
                    }
                }
            }
        }
        addEchoes(text, sentences, this::headline, namesByFirstWord, Toponyms::lower, true,
                (tokens, i, end) -> !(i > 0 && lower(tokens.get(i - 1)).equals("the"))
                        && !continuedByANameWord(tokens, end, capitalizedInTheBody),
                found, others);
    }

    /**
     * Whether a sentence is written as a headline: three words or more, every word capitalized but the short words
     * title case leaves, or every word in capitals.
     */
    private boolean headline(List<Token> tokens) {
        int wordCount = 0;
        boolean titleCase = true;
        boolean capitals = true;
        for (Token t : tokens) {
            String w = t.word();
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            wordCount++;
            capitals &= w.equals(w.toUpperCase(Locale.ROOT));
            titleCase &= inTitleCase(w);
        }
        return wordCount >= 3 && (titleCase || capitals);
    }

    /** Whether a word is as title case writes it: capitalized, or one of the short words it leaves in lower case. */
    private boolean inTitleCase(String word) {
        return Character.isUpperCase(word.charAt(0)) || words.headlineLower().contains(word);
    }

    /** Whether the word after a headline's name is one the body writes capitalized: a word of a longer name. */
    private boolean continuedByANameWord(List<Token> tokens, int end, Set<String> capitalizedInTheBody) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).span().end() == end) {
                Token next = tokens.get(k + 1);
                return capitalized(next) && roleAfter(lower(next)) == null
                        && capitalizedInTheBody.contains(lower(next));
            }
        }
        return false;
    }

    /**
     * Names of the gazetteer in capitalized words NER left untagged ("US Trade Representative", "a Ukraine expert",
     * "(D-Calif.)"): a country, an admin area, or a city of {@value #UNTAGGED_CITY_POPULATION}+ people; never the
     * first word of a sentence (any word is capitalized there), words of a person or an organization, a name
     * followed by another capitalized word (part of a longer name) or a country's name that is also its demonym
     * ("Thai"). They are kept only where the article's other names support them ({@link Toponym#untagged}).
     */
    private void untagged(String text, List<Sentence> sentences, List<Toponym> found, List<Mention> others) {
        List<Toponym> added = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token first = tokens.get(i);
                String word = first.word();
                if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || i > 1 && capitalized(tokens.get(i - 1))
                        || CONTRACTION.matcher(word).matches() || degreeAfterAPerson(tokens, i, others)) {
                    continue;
                }
                Span party = partyState(first);
                if (party != null) {
                    String key = Names.key(party.of(text));
                    if (!gazetteer.areas(key).isEmpty() && !covered(found, party) && !covered(added, party)) {
                        added.add(new Toponym(party, party, party.of(text), key, Toponym.Role.NAME, false, s.index(),
                                true));
                    }
                    continue;
                }
                for (int j = Math.min(tokens.size() - 1, i + 3); j >= i; j--) {
                    if (!capitalized(tokens.get(j)) || !runOfName(tokens, i, j)) {
                        continue;
                    }
                    Span span = first.span().union(tokens.get(j).span());
                    if (covered(found, span) || covered(added, span) || coveredBy(others, span)) {
                        continue;
                    }
                    String key = Names.key(span.of(text));
                    if (inLongerName(tokens, span.end()) || gazetteer.countryOfDemonym(key) != null) {
                        continue;
                    }
                    if (gazetteer.country(key) != null || knownArea(key) || bigPlace(key)) {
                        Toponym t = around(text, sentences, span);
                        if (t != null) {
                            added.add(t.asUntagged());
                        }
                        i = j;
                        break;
                    }
                    // An area known by its short or English name only, with a word for its kind after it
                    // ("Unity state", "West Java province"): the name alone is too often a common word.
                    if (!gazetteer.areasByShortName(key).isEmpty()) {
                        Toponym t = around(text, sentences, span);
                        if (t != null && t.role() == Toponym.Role.AREA) {
                            added.add(t.asUntagged());
                            i = j;
                            break;
                        }
                    }
                }
            }
        }
        found.addAll(added);
    }

    /**
     * Places named before their admin area or country after a comma ("Hammond, Indiana", "Council Bluffs, Iowa",
     * "Irving, TX"): the name is put in that area ({@link Toponym#within}) where the gazetteer has a place of that
     * name there, and found where NER left it untagged or tagged it as a person or an organization, with the area
     * when NER missed it too. The name must be all of the other entity's words ("Otto von Bismarck, Germany's" is a
     * person's name).
     */
    private void beforeTheirArea(String text, List<Sentence> sentences, List<Toponym> found, List<Mention> others) {
        List<Toponym> added = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int comma = 1; comma + 1 < tokens.size(); comma++) {
                if (!tokens.get(comma).word().equals(",") || !capitalized(tokens.get(comma - 1))
                        || !capitalized(tokens.get(comma + 1))) {
                    continue;
                }
                Span area = areaAfter(text, tokens, comma);
                if (area == null) {
                    continue;
                }
                int last = comma - 1;
                boolean decided = false;
                for (int first = Math.max(0, last - 3); first <= last; first++) {
                    if (!capitalized(tokens.get(first)) || !runOfName(tokens, first, last)) {
                        continue;
                    }
                    Span span = tokens.get(first).span().union(tokens.get(last).span());
                    if (isAreaOrCountry(Names.key(span.of(text)))) {
                        decided = true;
                        break; // a list of states or countries: "in Washington, Georgia and Florida"
                    }
                    Toponym.Within within = placeIn(Names.key(span.of(text)), area.of(text));
                    if (within == null) {
                        continue;
                    }
                    int tagged = exactly(found, span);
                    if (tagged >= 0) {
                        found.set(tagged, found.get(tagged).within(within));
                    } else if (covered(found, span) || covered(added, span) || partOfOtherEntity(others, span)) {
                        continue;
                    } else {
                        Toponym t = around(text, sentences, span);
                        if (t == null) {
                            continue;
                        }
                        added.add(t.within(within));
                    }
                    Toponym.Within areaWithin = new Toponym.Within(within.country(),
                            gazetteer.country(Names.key(area.of(text))) != null ? null : within.admin1());
                    int areaTagged = exactly(found, area);
                    if (areaTagged >= 0 && Names.postalShape(area.of(text))) {
                        // NER tagged the postal code too ("Irving, TX"): its letters name the state only here
                        found.set(areaTagged, found.get(areaTagged).within(areaWithin));
                    } else if (!covered(found, area) && !covered(added, area)) {
                        added.add(plain(text, area, s.index()).within(areaWithin));
                    }
                    decided = true;
                    break;
                }
                if (!decided && endsTheNamesRun(tokens, area)) {
                    inAnAreaThatLacksIt(text, found, tokens.get(last).span().end(), area);
                }
            }
        }
        found.addAll(added);
    }

    /**
     * A name NER tagged as a place before an admin area after a comma, where the gazetteer has no place of that name
     * in that area ("Eastvale, Ontario" for a village it lacks, or a namesake only abroad): the name is put in the
     * area all the same, so that it is that area's, never a namesake of another area or country.
     */
    private void inAnAreaThatLacksIt(String text, List<Toponym> found, int end, Span area) {
        AdminArea only = onlyArea(area.of(text));
        if (only == null) {
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            Toponym t = found.get(i);
            if (t.span().end() == end && (t.role() == Toponym.Role.NAME || t.role() == Toponym.Role.CITY)
                    && t.within() == null && !t.untagged()
                    && !isAreaOrCountry(t.key())) {
                found.set(i, t.within(new Toponym.Within(only.country(), only.code())));
                return;
            }
        }
    }

    /**
     * Whether the area after a comma ends the run of names there: a comma, a stop, a bracket or the sentence's end
     * follows it ("Eastvale, Ontario, said"), not "and" or a capitalized word, as in a list of towns whose second
     * is named like an area ("Eastvale, Fife and Northmoor") or a longer name begun by one ("La Quinta").
     */
    private static boolean endsTheNamesRun(List<Token> tokens, Span area) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().end() == area.end()) {
                if (i + 1 == tokens.size()) {
                    return true;
                }
                String next = tokens.get(i + 1).word();
                return next.equals(",") || next.equals(".") || next.equals(")") || next.equals(";")
                        || next.equals(":");
            }
        }
        return false;
    }

    /**
     * The one coded admin area a name or postal code written after a comma says ("Ontario", "Colo.", "TX"), or
     * null; null too for a name that is also a large city's ("Greenwich Village, New York" is the city's, and
     * "Rochdale" a borough the gazetteer folds into England).
     */
    private AdminArea onlyArea(String written) {
        String key = Names.key(written);
        if (gazetteer.country(key) != null || gazetteer.places(key).stream()
                .anyMatch(p -> p.population() >= AREA_NAMED_LIKE_A_CITY)) {
            return null;
        }
        List<AdminArea> areas = gazetteer.areas(key);
        if (areas.size() == 1 && !areas.get(0).code().isEmpty()) {
            return areas.get(0);
        }
        return areas.isEmpty() ? postalCode(written) : null;
    }

    private boolean isAreaOrCountry(String key) {
        return gazetteer.country(key) != null || !gazetteer.areas(key).isEmpty();
    }

    /** The index of the toponym of just those characters, with no word around it that changes it, or -1. */
    private static int exactly(List<Toponym> found, Span span) {
        for (int i = 0; i < found.size(); i++) {
            Toponym t = found.get(i);
            if (t.span().equals(span) && (t.role() == Toponym.Role.NAME || t.role() == Toponym.Role.CITY)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The admin area or country named after a comma (up to three words), or a US state's or a Canadian province's
     * postal code ("Irving, TX", "Toronto, ON"), or null.
     */
    private Span areaAfter(String text, List<Token> tokens, int comma) {
        for (int j = Math.min(tokens.size() - 1, comma + 3); j > comma; j--) {
            if (!capitalized(tokens.get(j)) || !runOfName(tokens, comma + 1, j)) {
                continue;
            }
            Span span = tokens.get(comma + 1).span().union(tokens.get(j).span());
            if (isAreaOrCountry(Names.key(span.of(text)))) {
                return span;
            }
        }
        return postalCode(tokens.get(comma + 1).word()) != null ? tokens.get(comma + 1).span() : null;
    }

    /** The US state or the province of a two-letter postal code ("TX", "ON"), or null. */
    private AdminArea postalCode(String word) {
        if (!Names.postalShape(word)) {
            return null;
        }
        AdminArea state = gazetteer.area("US", word);
        return state != null ? state : provinceCodes.get(word);
    }

    /**
     * Where a place of that name (key) lies in the admin area or country of that name (as written), or null when the
     * gazetteer has no such place there.
     */
    private Toponym.Within placeIn(String key, String areaName) {
        String areaKey = Names.key(areaName);
        Country country = gazetteer.country(areaKey);
        List<AdminArea> areas = new ArrayList<>(gazetteer.areas(areaKey));
        AdminArea postal = postalCode(areaName);
        if (postal != null) {
            areas.add(postal);
        }
        for (GazetteerPlace p : gazetteer.places(key)) {
            for (AdminArea a : areas) {
                if (!a.code().isEmpty() && a.country().equals(p.country()) && a.code().equals(p.admin1())) {
                    return new Toponym.Within(a.country(), a.code());
                }
            }
            if (country != null && p.country().equals(country.code())) {
                return new Toponym.Within(country.code(), null);
            }
        }
        return null;
    }

    /** Whether an entity NER tagged overlaps the span without being just its words ("Otto von Bismarck"). */
    private static boolean partOfOtherEntity(List<Mention> others, Span span) {
        for (Mention m : others) {
            if (m.span().overlaps(span) && !m.span().equals(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names NER tagged as a person that follow a preposition of where something is ("bought the building in
     * Hammond", "near Eugene"), or one of motion where the article finds the same name as a place elsewhere
     * ({@link #placedByTheWordBefore}), and that the gazetteer knows as a place, an admin area or a country: not a
     * possessive ("in Ford's apartment"), a name that a capitalized word continues or a word of a longer person's
     * name in the article ("remained near Bennett" where it names Lynda Bennett). Untagged words in that shape are not
     * taken ("in August", "in Rust": months, languages). Kept, like other untagged names, only where the article's
     * other names put the place in a country they name.
     */
    private void afterALocativeWord(String text, List<Sentence> sentences, List<Toponym> found,
            List<Mention> others) {
        Set<String> personsNames = wordsOfLongerPersonsNames(others);
        // the names already found as places: a story uses a name in one sense
        Set<String> foundNames = new HashSet<>();
        for (Toponym t : found) {
            foundNames.add(t.text());
        }
        List<Toponym> added = new ArrayList<>();
        for (Mention m : others) {
            if (m.type() != EntityType.PERSON || covered(found, m.span())) {
                continue;
            }
            Sentence s = sentenceOf(sentences, m.span().start());
            if (s == null) {
                continue;
            }
            List<Token> tokens = s.tokens();
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).span().start() == m.span().start()) {
                    first = i;
                }
                if (tokens.get(i).span().end() == m.span().end()) {
                    last = i;
                }
            }
            if (first < 1 || last < first || !placedByTheWordBefore(lower(tokens.get(first - 1)), m, foundNames)
                    && !afterADistanceAndDirection(tokens, first) && !afterAWordForATown(tokens, first)) {
                continue;
            }
            if (last + 1 < tokens.size() && (POSSESSIVE.contains(tokens.get(last + 1).word())
                    || inLongerName(tokens, m.span().end()))) {
                continue;
            }
            String key = Names.key(m.span().of(text));
            if (!placeByItsOwnName(key) && gazetteer.country(key) == null && !knownArea(key)
                    || personsNames.contains(m.text())) {
                continue;
            }
            Toponym t = around(text, sentences, m.span());
            if (t != null) {
                added.add(t.asUntagged());
            }
        }
        found.addAll(added);
    }

    /**
     * Town names NER left untagged after a lower-case preposition of where something is ("the clinic in Eastvale",
     * "a camp near Northmoor"), or left untagged or called a person before a noun of a person or a police that says
     * where they live or serve ("a Northmoor man", "arrested by Eastvale police", "a Northmoor-based firm"; NER may
     * call the town an organization there too: "The Northmoor man"): the whole run of capitalized words
     * must be a place's own name in the gazetteer, of {@value #UNTAGGED_TOWN_POPULATION}+ people, not the first word
     * of the sentence, not before a number ("in Ward 8"), tagged nothing by NER (no date, no nationality, no
     * organization) and a proper noun, or a person of just those words before the noun, or an organization of them
     * that NER tags as a location elsewhere in the article; not continued by a capitalized word or a possessive, and
     * no word of a longer person's name in the article. Kept, like other untagged names, only where the article's other names
     * put the place in a country they name.
     */
    private void untaggedInATownsFrame(String text, List<Sentence> sentences, List<Toponym> found,
            List<Mention> others) {
        Set<String> personsNames = wordsOfLongerPersonsNames(others);
        Set<String> taggedPlaces = taggedPlaceKeys(found);
        List<Toponym> added = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token before = tokens.get(i - 1);
                // an article that begins the sentence begins no name ("A Northmoor man was charged")
                if (!capitalized(tokens.get(i)) || capitalized(before) && !ARTICLES.contains(before.word())) {
                    continue;
                }
                int last = i;
                while (last + 1 < tokens.size() && capitalized(tokens.get(last + 1)) && last - i < 2) {
                    last++;
                }
                // a name before a number is a designator ("Ward 8", "Gate 3"), no town
                if (last - i > 1 || last + 1 < tokens.size() && (capitalized(tokens.get(last + 1))
                        || Character.isDigit(tokens.get(last + 1).word().charAt(0)))) {
                    continue;
                }
                boolean afterALocative = lowerCase(before) && words.locativeBefore().contains(lower(before))
                        && (last + 1 >= tokens.size() || !POSSESSIVE.contains(tokens.get(last + 1).word()));
                boolean beforeAResident = last + 1 < tokens.size() && lowerCase(tokens.get(last + 1))
                        && words.residentAfter().contains(lower(tokens.get(last + 1)))
                        || beforeAResidentCompound(tokens, last);
                if (!afterALocative && !beforeAResident) {
                    continue;
                }
                Span span = tokens.get(i).span().union(tokens.get(last).span());
                if (covered(found, span) || covered(added, span) || personsNames.contains(span.of(text))
                        || !untaggedOrAPerson(tokens, i, last, others, span, beforeAResident, taggedPlaces)) {
                    continue;
                }
                if (!aTownByItsOwnName(Names.key(span.of(text)))) {
                    continue;
                }
                Toponym t = around(text, sentences, span);
                if (t != null) {
                    added.add(t.asUntagged());
                }
            }
        }
        found.addAll(added);
    }

    private static final Set<String> ARTICLES = Set.of("A", "An", "The");

    /**
     * Whether a hyphen and a word of what is based in or comes from a town follow the name ("Northmoor-based",
     * "Eastvale-born"): the tokenizer splits such a compound into the name, "-" and the word.
     */
    private boolean beforeAResidentCompound(List<Token> tokens, int last) {
        return last + 2 < tokens.size() && tokens.get(last + 1).word().equals("-")
                && lowerCase(tokens.get(last + 2))
                && words.residentCompoundAfter().contains(lower(tokens.get(last + 2)));
    }

    /** Untagged, a town's name in a town's frame is taken from this many people. */
    static final int UNTAGGED_TOWN_POPULATION = 1_000;

    /**
     * Whether the tokens are proper nouns NER tagged nothing (no date, no nationality, no organization), or, where
     * a resident's noun follows, a person of just those words, or an organization of just those words that NER tags
     * as a place elsewhere in the article: NER calls a town before "man" or "police" either ("The Northmoor man",
     * "Eastvale police"), but an organization's name before "man" or "driver" is as often a club's or a car maker's
     * ("the Liverpool man" of a footballer, "the Mercedes driver", "a Cadillac driver"), so the article must also
     * write the words as a place ("Gomes, of Northmoor").
     */
    private static boolean untaggedOrAPerson(List<Token> tokens, int first, int last, List<Mention> others,
            Span span, boolean beforeAResident, Set<String> taggedPlaces) {
        for (Mention m : others) {
            if (m.span().overlaps(span)) {
                return beforeAResident && m.span().equals(span) && (m.type() == EntityType.PERSON
                        || m.type() == EntityType.ORGANIZATION && taggedPlaces.contains(Names.key(m.text())));
            }
        }
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (!"O".equals(t.ner()) || !t.pos().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    /** The keys of the names found so far that NER tagged as places (not those found untagged in a frame). */
    private static Set<String> taggedPlaceKeys(List<Toponym> found) {
        Set<String> keys = new HashSet<>();
        for (Toponym t : found) {
            if (!t.untagged()) {
                keys.add(t.key());
            }
        }
        return keys;
    }

    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

    /**
     * The words of the persons' names of two words or more: "Bennett" where the article names "Lynda Bennett" is
     * her, not a town Bennett.
     */
    private static Set<String> wordsOfLongerPersonsNames(List<Mention> others) {
        Set<String> words = new HashSet<>();
        for (Mention m : others) {
            String[] names = m.text().split(" ");
            if (m.type() == EntityType.PERSON && names.length > 1) {
                words.addAll(List.of(names));
            }
        }
        return words;
    }

    /**
     * Names NER tagged as a person where the article names the same words as a place elsewhere: put in its area
     * ("Eastvale, Ohio"), a town ("the town of Eastvale"), a dateline; after a preposition of where ("a bank in
     * Northmoor") where NER tags it a location at least as often as anything else; or tagged a location more often
     * than anything else. "Eastvale voted" after "a fire in the town of Eastvale", "Northmoor's police
     * chief" after "a bank in Northmoor". NER tags a town's name now a location, now a person, by the words around
     * it, and a story uses a name in one sense. Not a college side named for its town ("the best season in
     * Eastvale history" once and "Eastvale won" many times, "back at Eastvale"), nor a club in "in charge of
     * Northmoor" and a list of clubs, nor a word of a longer person's name in the article
     * ("Ferris" where it names "Dana Ferris"), nor a name a capitalized word continues. Kept, like other untagged
     * names, only where the article's other names put the place in a country they name.
     */
    private void personsNamedAsPlacesElsewhere(String text, List<Sentence> sentences, List<Toponym> found,
            List<Mention> others, Map<String, Integer> locationVotes) {
        Set<String> taggedPlaces = new HashSet<>();
        Set<String> placedInTheirArea = new HashSet<>();
        Set<String> afterAPreposition = new HashSet<>();
        for (Toponym t : found) {
            if (!t.untagged() && t.role() != Toponym.Role.TERRITORY) {
                taggedPlaces.add(t.text());
                if (t.within() != null || t.dateline() || t.role() == Toponym.Role.CITY) {
                    placedInTheirArea.add(t.text());
                } else if (words.locativeBefore().contains(wordBefore(sentences, t))) {
                    afterAPreposition.add(t.text());
                }
            }
        }
        Set<String> personsNames = wordsOfLongerPersonsNames(others);
        List<Toponym> added = new ArrayList<>();
        for (Mention m : others) {
            // "in" also takes a side's or a school's name ("the best season in Eastvale history"), so a name
            // only found after it must be tagged a location at least as often as anything else
            int votes = locationVotes.getOrDefault(m.text(), 0);
            boolean oneSense = placedInTheirArea.contains(m.text()) || afterAPreposition.contains(m.text()) && votes >= 0
                    || taggedPlaces.contains(m.text()) && votes > 0;
            if (m.type() != EntityType.PERSON || !oneSense || personsNames.contains(m.text())
                    || covered(found, m.span()) || covered(added, m.span())) {
                continue;
            }
            Sentence s = sentenceOf(sentences, m.span().start());
            if (s == null || inLongerName(s.tokens(), m.span().end())) {
                continue;
            }
            Toponym t = around(text, sentences, m.span());
            if (t != null) {
                added.add(t.asUntagged());
            }
        }
        found.addAll(added);
    }

    /**
     * Whether the word before a name NER tagged as a person says a place: a preposition of where something is ("in
     * Hammond"), or one of motion or direction ("to", "from", "off") where the article names the same words as a
     * place elsewhere ("flew from Eastvale to Northmoor" in a story that tags "Northmoor" a location once): NER
     * tags a place's name now a location, now a person, and coreference then joins the person's mentions.
     */
    private boolean placedByTheWordBefore(String before, Mention m, Set<String> foundNames) {
        return words.locativeBefore().contains(before)
                || words.echoBefore().contains(before) && foundNames.contains(m.text());
    }

    /**
     * Whether a word for a populated place and "of" come before the name ("the town of Eastvale", "the City of
     * Northmoor"): that shape names a town, never a person, so NER's person there is the place (the gazetteer must
     * still know the name).
     */
    private boolean afterAWordForATown(List<Token> tokens, int first) {
        return first >= 2 && lower(tokens.get(first - 1)).equals("of")
                && words.cityBefore().contains(lower(tokens.get(first - 2)));
    }

    /**
     * Whether a distance and a direction come before the name with "of" ("60km south west of Northmoor", "12 miles
     * north of Eastvale"): that shape measures from a place, never from a person, so NER's person there is a place
     * the text gives as a reference point, also where the article names it nowhere else.
     */
    private boolean afterADistanceAndDirection(List<Token> tokens, int first) {
        return first >= 3 && lower(tokens.get(first - 1)).equals("of")
                && words.partBefore().contains(lower(tokens.get(first - 2))) && distanceBefore(tokens, first - 2);
    }

    /**
     * Adds the home towns that police blotters, court reports and obituaries write after a person's name and age
     * ("Wren T. Tolley, 30, Bulpitt, was cited", "Mara J. Quist, 52, of Quincy"), where NER left the town
     * untagged or called it a person: a capitalized name of one or two words the gazetteer knows as a place, after a
     * capitalized word, a comma, an age and a comma, and "of" or "from" if written. Kept, like other untagged
     * names, only where the article's other names put the place in a country they name.
     */
    private void afterAnAge(String text, List<Sentence> sentences, List<Toponym> found, List<Mention> others) {
        List<Toponym> added = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 2; i + 2 < tokens.size(); i++) {
                if (!AGE.matcher(tokens.get(i).word()).matches() || !tokens.get(i - 1).word().equals(",")
                        || !tokens.get(i + 1).word().equals(",") || !capitalized(tokens.get(i - 2))) {
                    continue;
                }
                int first = i + 2;
                String word = lower(tokens.get(first));
                if ((word.equals("of") || word.equals("from")) && first + 1 < tokens.size()) {
                    first++;
                }
                for (int last = Math.min(first + 1, tokens.size() - 1); last >= first; last--) {
                    // a name that goes on is a person's in a list ("Maria Lopez, 34, Austin Carter, 22"), no town
                    if (!capitalized(tokens.get(first)) || !capitalized(tokens.get(last))
                            || !runOfName(tokens, first, last)
                            || last + 1 < tokens.size() && capitalized(tokens.get(last + 1))) {
                        continue;
                    }
                    Span span = tokens.get(first).span().union(tokens.get(last).span());
                    String key = Names.key(span.of(text));
                    if (!placeByItsOwnName(key) || covered(found, span) || covered(added, span)
                            || organization(others, span)) {
                        continue;
                    }
                    Toponym t = around(text, sentences, span);
                    if (t != null) {
                        added.add(t.asUntagged());
                    }
                    break;
                }
            }
        }
        found.addAll(added);
    }

    /**
     * Adds the home towns news writes after a person's name and "of" ("Dana Quist of Eastvale", "Sam Ferris, of
     * Northmoor, was charged"), where NER left the town untagged or called it a person: a run of one or two capitalized
     * words, the own name of a place of {@value #UNTAGGED_TOWN_POPULATION}+ people, straight after a person NER found
     * (and a comma if written) and "of"; not continued by a capitalized word, a possessive or a number, not a word of
     * a longer person's name, and not a name the article's NER calls an organization anywhere ("a researcher at
     * Eastvale ... Quist of Eastvale" of an institute named like a town). Kept, like other untagged names, only where
     * the article's other names put the place in a country they name.
     */
    private void afterAPersonAndOf(String text, List<Sentence> sentences, List<Toponym> found,
            List<Mention> others) {
        Set<Integer> personEnds = new HashSet<>();
        Set<String> organizations = new HashSet<>();
        for (Mention m : others) {
            if (m.type() == EntityType.PERSON) {
                personEnds.add(m.span().end());
            } else if (m.type() == EntityType.ORGANIZATION) {
                organizations.add(m.text());
            }
        }
        Set<String> personsNames = wordsOfLongerPersonsNames(others);
        List<Toponym> added = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int k = 1; k + 1 < tokens.size(); k++) {
                if (!tokens.get(k).word().equals("of")) {
                    continue;
                }
                int before = tokens.get(k - 1).word().equals(",") && k >= 2 ? k - 2 : k - 1;
                if (!personEnds.contains(tokens.get(before).span().end())) {
                    continue;
                }
                int first = k + 1;
                int last = first;
                while (last + 1 < tokens.size() && capitalized(tokens.get(last + 1)) && last - first < 2) {
                    last++;
                }
                if (!capitalized(tokens.get(first)) || last - first > 1 || last + 1 < tokens.size()
                        && (capitalized(tokens.get(last + 1)) || POSSESSIVE.contains(tokens.get(last + 1).word())
                                || Character.isDigit(tokens.get(last + 1).word().charAt(0)))) {
                    continue;
                }
                Span span = tokens.get(first).span().union(tokens.get(last).span());
                String name = span.of(text);
                if (covered(found, span) || covered(added, span) || personsNames.contains(name)
                        || organizations.contains(name)
                        || !untaggedOrAPerson(tokens, first, last, others, span, true, Set.of())) {
                    continue;
                }
                if (!aTownByItsOwnName(Names.key(name))) {
                    continue;
                }
                Toponym t = around(text, sentences, span);
                if (t != null) {
                    added.add(t.asUntagged());
                }
            }
        }
        found.addAll(added);
    }

    /** An age as news writes it after a name: one to three digits. */
    private static final Pattern AGE = Pattern.compile("[1-9][0-9]?|1[01][0-9]");

    /** Whether NER tagged an organization over the span ("Taylorville Memorial Hospital"). */
    private static boolean organization(List<Mention> others, Span span) {
        for (Mention m : others) {
            if (m.type() == EntityType.ORGANIZATION && m.span().start() < span.end()
                    && span.start() < m.span().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words with a contraction ("I’ll", "We’re", one token or two): a key drops the apostrophe, and "ill" is
     * Illinois' abbreviation.
     */
    private static final Pattern CONTRACTION =
            Pattern.compile(".+['’](ll|re|ve|d|m|t|s)", Pattern.CASE_INSENSITIVE);

    /** An area after a comma named like a city of this many people may mean the city ("New York"). */
    private static final int AREA_NAMED_LIKE_A_CITY = 50_000;

    /** Untagged, a city name is taken from this many people (small places' names are too often common words). */
    static final int UNTAGGED_CITY_POPULATION = 100_000;

    /** Whether the name is a country's or a first-level area's own name ("ohio"), not only an area's other name. */
    private boolean countryOrAreaName(String key) {
        return gazetteer.country(key) != null
                || gazetteer.areas(key).stream().anyMatch(a -> Names.key(a.name()).equals(key));
    }

    private boolean knownArea(String key) {
        return !gazetteer.areas(key).isEmpty() && gazetteer.country(key) == null;
    }

    /**
     * Whether the gazetteer has a place of that name, other than by a large city's exonym: a name NER did not tag a
     * place is taken by its own name or a spelling of it only.
     */
    private boolean placeByItsOwnName(String key) {
        return !gazetteer.places(key).isEmpty() && !gazetteer.firstByExonym(key);
    }

    /**
     * Whether an untagged name in a town's frame may be a town: the own name of a place of
     * {@value #UNTAGGED_TOWN_POPULATION}+ people, and no demonym ("a Welsh man" is no town Welsh).
     */
    private boolean aTownByItsOwnName(String key) {
        return placeByItsOwnName(key) && gazetteer.places(key).get(0).population() >= UNTAGGED_TOWN_POPULATION
                && gazetteer.countryOfDemonym(key) == null;
    }

    private boolean bigPlace(String key) {
        List<GazetteerPlace> places = gazetteer.places(key);
        // a large city's exonym is GeoNames' list of its names in all languages, common words among them ("Human",
        // "Central"): taken where NER tags it a place only
        return !places.isEmpty() && places.get(0).population() >= UNTAGGED_CITY_POPULATION
                && !gazetteer.firstByExonym(key);
    }

    /**
     * The state of a party-and-state tag that NER tagged whole as a location ("D-Calif.", "R-Texas" after a
     * politician's name), or null: the party's letter is no part of the place's name, and the state alone resolves.
     */
    private Span taggedPartyState(String text, Span mention) {
        Span state = partyState(mention.of(text), mention);
        return state != null && !gazetteer.areas(Names.key(state.of(text))).isEmpty() ? state : null;
    }

    /** The state in a party-and-state tag of a US politician ("D-Calif.", "R-Texas"), or null. */
    private static Span partyState(Token t) {
        return partyState(t.word(), t.span());
    }

    /** The state's part of a party-and-state tag written {@code w} at {@code span}, or null. */
    private static Span partyState(String w, Span span) {
        if (w.length() > 3 && w.charAt(1) == '-' && isPartyLetter(w.charAt(0))
                && Character.isUpperCase(w.charAt(2))) {
            return new Span(span.start() + 2, span.end());
        }
        return null;
    }

    /** Whether tokens i..j are capitalized words, with lower-case joining words inside ("Mato Grosso do Sul"). */
    private static boolean runOfName(List<Token> tokens, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            Token t = tokens.get(k);
            if (!capitalized(t) && !JOINING.contains(t.word())) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words inside place names ("Rio de Janeiro", "Mato Grosso do Sul", "Bosnia and Herzegovina"). */
    private static final Set<String> JOINING = Set.of("de", "do", "da", "del", "of", "and", "upon", "on");

    private static boolean capitalized(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /**
     * Whether the capitalized word after a name makes it part of a longer name ("the Spanish Town Police Station",
     * "the Vietnam War", "the Hanoi Hilton"), unless it is a word for an area, a part or a city ("Idlib Province").
     */
    private boolean inLongerName(List<Token> tokens, int end) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).span().end() == end) {
                Token next = tokens.get(k + 1);
                return capitalized(next) && roleAfter(lower(next)) == null;
            }
        }
        return false;
    }

    /** Whether a name matched from token i ends where a token ends. */
    private static boolean endsToken(List<Token> tokens, int i, int end) {
        for (int k = i; k < tokens.size() && tokens.get(k).span().start() < end; k++) {
            if (tokens.get(k).span().end() == end) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredBy(List<Mention> mentions, Span span) {
        for (Mention m : mentions) {
            if (m.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token after the name's last, past a hyphen that joins the next word to it ("Houston-area fleet sales", "a
     * Greensboro-area congressman": the tokenizer splits the hyphen off; the word after it is what counts).
     */
    private static int afterAJoiningHyphen(List<Token> tokens, int last) {
        int next = last + 1;
        if (next + 1 < tokens.size() && tokens.get(next).word().equals("-")
                && tokens.get(next).span().start() == tokens.get(last).span().end()
                && tokens.get(next + 1).span().start() == tokens.get(next).span().end()) {
            return next + 1;
        }
        return next;
    }

    /** The toponym of a location mention, with the words before and after it that change what it names. */
    private Toponym around(String text, List<Sentence> sentences, Span mention) {
        Sentence sentence = sentenceOf(sentences, mention.start());
        if (sentence == null || notPlaces.contains(Names.key(mention.of(text)))) {
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
        Toponym.Within within = null;
        // A word for an area, a part or a city inside the tagged name ("Idlib Province", "Sheik Said District"),
        // unless the whole is a name ("Mexico City", "Western Province").
        if (last > first && !known(Names.key(mention.of(text)))) {
            String inner = lower(tokens.get(last));
            Toponym.Role innerRole = roleAfter(inner);
            if (innerRole != null) {
                role = innerRole;
                name = new Span(mention.start(), tokens.get(last - 1).span().end());
                last--;
            }
        }
        // A word for a part at the start of the tagged name that the whole is not known by ("East Bronx", "South
        // Richmond Hill"): the part of the place the rest names.
        // A direction in lower case is never part of a name: "rural south Georgia" is the south of the US state,
        // not the island of South Georgia, though the tagger took both words; but for the few names outlets write
        // so ("east Jerusalem", lower-direction-names).
        if (role == Toponym.Role.NAME && last > first
                && (!known(Names.key(mention.of(text))) || lowerCase(tokens.get(first)))
                && words.partBefore().contains(lower(tokens.get(first)))
                && !words.lowerDirectionNames().contains(Names.key(mention.of(text)))) {
            Span rest = new Span(tokens.get(first + 1).span().start(), mention.end());
            if (known(Names.key(rest.of(text)))) {
                String restText = rest.of(text);
                return new Toponym(rest, mention, restText, Names.key(restText), Toponym.Role.PART, false,
                        sentence.index());
            }
        }
        if (role == Toponym.Role.NAME && last + 1 < tokens.size()) {
            int next = afterAJoiningHyphen(tokens, last);
            Toponym.Role after = roleAfter(lower(tokens.get(next)));
            Span withAfter = span.union(tokens.get(next).span());
            if (after != null && !known(Names.key(withAfter.of(text)))) {
                role = after;
                span = after == Toponym.Role.CITY ? span : withAfter;
            }
        }
        if (role == Toponym.Role.NAME && first > 0) {
            String before = lower(tokens.get(first - 1));
            Span withBefore = tokens.get(first - 1).span().union(mention);
            String keyWithBefore = Names.key(withBefore.of(text));
            if (known(keyWithBefore) && !keyWithBefore.equals(Names.key(mention.of(text)))
                    && (!(lowerCase(tokens.get(first - 1)) && words.partBefore().contains(before))
                            || words.lowerDirectionNames().contains(keyWithBefore))) {
                // "South Sudan", "West Bank": the word before is part of the name (not a comma or an article
                // that the name's key drops: ", Texas", "the California")
                String nameText = withBefore.of(text);
                return new Toponym(withBefore, withBefore, nameText, Names.key(nameText), Toponym.Role.NAME, false,
                        sentence.index());
            }
            String twoBefore = first > 1 ? lower(tokens.get(first - 2)) : "";
            if (words.partBefore().contains(before)) {
                role = Toponym.Role.PART;
                span = span.union(tokens.get(first - 1).span());
            } else if (before.equals("of") && words.cityBefore().contains(twoBefore)) {
                role = Toponym.Role.CITY;
                within = demonymBefore(tokens, first - 2);
            } else if (before.equals("of") && words.areaAfter().contains(twoBefore)
                    && gazetteer.country(Names.key(mention.of(text))) == null) {
                // "the state of Washington", "the province of Idlib": the area, as "Washington state" is; a
                // country stays one ("the State of Israel")
                role = Toponym.Role.AREA;
            } else if (before.equals("of") && words.partBefore().contains(twoBefore)) {
                // "30 miles south of Portland" is Portland, a reference point; "the outskirts of Paris" a part
                if (!distanceBefore(tokens, first - 2)) {
                    role = Toponym.Role.PART;
                    span = span.union(tokens.get(first - 2).span());
                }
            }
        }
        String nameText = name.of(text);
        Toponym t = new Toponym(name, span, nameText, Names.key(nameText), role, false, sentence.index());
        return within == null ? t : t.within(within);
    }

    /**
     * Whether a distance comes just before the direction at {@code direction}, or before the hyphenated direction
     * it ends ("30 miles south of", "50km south-west of", which the tokenizer may split at the hyphen).
     */
    private boolean distanceBefore(List<Token> tokens, int direction) {
        for (int i = direction - 1; i >= Math.max(0, direction - 3); i--) {
            String word = lower(tokens.get(i));
            if (isDistance(word)) {
                return true;
            }
            if (!word.equals("-") && !words.partBefore().contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** A unit of distance, alone or written after its number ("miles", "50km", "6.5km"). */
    private boolean isDistance(String word) {
        return words.distanceUnits().contains(NUMBER_BEFORE_UNIT.matcher(word).replaceFirst(""));
    }

    private static final Pattern NUMBER_BEFORE_UNIT = Pattern.compile("^[0-9][0-9.,]*");

    /** What a word after a name makes it, or null. */
    private Toponym.Role roleAfter(String word) {
        if (words.areaAfter().contains(word)) {
            return Toponym.Role.AREA;
        }
        if (words.partAfter().contains(word)) {
            return Toponym.Role.PART;
        }
        return words.cityAfter().contains(word) ? Toponym.Role.CITY : null;
    }

    private boolean known(String key) {
        return gazetteer.country(key) != null || !gazetteer.areas(key).isEmpty() || !gazetteer.places(key).isEmpty()
                || !gazetteer.areasByShortName(key).isEmpty() || gazetteer.partOf(key) != null;
    }

    private static Toponym plain(String text, Span mention, int sentence) {
        String name = mention.of(text);
        return new Toponym(mention, mention, name, Names.key(name), Toponym.Role.NAME, false, sentence);
    }

    /**
     * Whether the token, in capitals after a person's name and a comma, is a degree, not a state: "Ann Lee, MD",
     * "Ann Lee, M. D." ("MD" keys as Maryland's "Md.").
     */
    private static boolean degreeAfterAPerson(List<Token> tokens, int i, List<Mention> others) {
        String word = tokens.get(i).word();
        return i > 1 && tokens.get(i - 1).word().equals(",") && word.equals(word.toUpperCase(Locale.ROOT))
                && endsAPerson(others, tokens.get(i - 2).span());
    }

    /** Whether a person's name tagged by NER ends where the token does. */
    private static boolean endsAPerson(List<Mention> others, Span token) {
        for (Mention m : others) {
            if (m.type() == EntityType.PERSON && m.span().end() == token.end()) {
                return true;
            }
        }
        return false;
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
                out.add(t.withDateline());
                marked = true;
            } else {
                out.add(t);
            }
        }
        if (!marked) {
            Sentence s = sentenceOf(sentences, at);
            String name = span.of(text);
            out.add(new Toponym(span, span, name, Names.key(name), Toponym.Role.NAME, true,
                    s == null ? -1 : s.index()));
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

    /** Whether the word starts with a lower-case letter ("south", not "South" or "SOUTH"). */
    private static boolean lowerCase(Token t) {
        return !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0));
    }

    private static String lower(Token t) {
        return lower(t.word());
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
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
