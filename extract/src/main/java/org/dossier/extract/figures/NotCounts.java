package org.dossier.extract.figures;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;

/**
 * Numbers that look like counts of people but are not: ages, sizes of places and families, parts of names, and
 * lines that are not body text. Each rule is a test over the words around an amount.
 */
final class NotCounts {

    /** "a city of 160,000", "a mother of 12", "the youngest of four children". */
    static final Set<String> OWNERS = WordTables.set("figures/not-count-owners.tsv");

    /** Parents, whose family a count after "to" gives: "a mother to three girls" (a size, as "a mother of three"). */
    private static final Set<String> PARENTS = WordTables.set("figures/parent-nouns.tsv");

    /** A point, one space and one or two digits: the spaced-out decimal of "6. 4". */
    private static final Pattern SPACED_POINT = Pattern.compile(" ?\\. \\d{1,2}(?!\\w)");

    private NotCounts() {}

    /**
     * An age in apposition after a name or a noun: "Gomes, 23, was arrested", "Buckley, 32, died", "killing Banky,
     * 40.", "her two sons, 17 and 22, were held too" (both numbers), "aged 61 and 48".
     */
    static boolean age(SentenceView s, Amount amount) {
        Long value = amount.value();
        if (value == null || value > 120 || amount.first() != amount.last()
                || !s.word(amount.first()).matches("\\d{1,3}")) {
            return false;
        }
        int before = amount.first() - 1;
        int after = amount.last() + 1;
        if (after + 2 < s.size() && s.word(after).matches("and|or|to") && s.word(after + 1).matches("\\d{1,3}")
                && s.word(after + 2).matches("years?|-year-olds?|year-olds?")) {
            return true; // "61 and 48 years old"
        }
        if (before >= 1 && s.word(before).matches("and|or") && s.word(before - 1).matches("\\d{1,3}")) {
            before -= 2; // the second of "17 and 22,"
        } else if (after + 1 < s.size() && s.word(after).matches("and|or") && s.word(after + 1).matches("\\d{1,3}")) {
            after += 2; // the first of "17 and 22,"
        }
        // a period token closes it too: it only stands alone at the end of a sentence ("killing John Smith, 52.")
        boolean closed = after >= s.size() || s.word(after).matches("[,;)\\.]|--?|—");
        return closed && before >= 1 && s.word(before).equals(",") && s.isNoun(before - 1);
    }

    /** Words after which a number is an age: "three cousins, aged 14 and 9", "two sons, ages 5 and 13", "age 70". */
    private static final Pattern AGE_WORD = Pattern.compile("(?i)aged?|ages");

    /**
     * A number right after a word of age ("aged 14", "ages 9 and 14", "aged between 18 and 30"), or the second of
     * two joined to it by "and", "or" or "to": an age, never a count of people, which comes before the word
     * ("200,000 people age 12 and older"). The second of a pair that has a noun of its own after it is a count
     * joined to the aged person ("a driver aged 30 and two children were killed"), unless the noun is of time.
     */
    static boolean afterAgeWord(SentenceView s, Amount amount) {
        int before = amount.first() - 1;
        boolean second = false;
        if (before >= 2 && s.word(before).matches("(?i)and|or|to|-") && s.pos(before - 1).equals("CD")) {
            before -= 2; // the second of "14 and 9"
            second = true;
        }
        if (before >= 1 && s.word(before).equalsIgnoreCase("between")) {
            before--;
        }
        return before >= 0 && AGE_WORD.matcher(s.word(before)).matches() && !(second && countedNounAfter(s, amount))
                || ageOf(s, before) || diedAt(s, amount, before);
    }

    /** "at the age of 61": the number after "age of" is an age. */
    private static boolean ageOf(SentenceView s, int before) {
        return before >= 1 && s.word(before).equalsIgnoreCase("of") && AGE_WORD.matcher(s.word(before - 1)).matches();
    }

    /**
     * "died at 88", "dead at 71": a number alone after "at" right after a word of death is the age one died at; a
     * count of the dead comes before the word or after "killing" ("killed at least 12" has no "at" before the
     * number, "died at 12 sites" counts places).
     */
    private static boolean diedAt(SentenceView s, Amount amount, int before) {
        Long value = amount.value();
        return before >= 1 && value != null && value <= 120 && s.word(before).equalsIgnoreCase("at")
                && s.lemma(before - 1).toLowerCase(Locale.ROOT).matches("die|dead") && !countedNounAfter(s, amount);
    }

    /** Nouns of time, which may follow an age: "aged 8 and 10 years". */
    private static final Pattern TIME_NOUN = Pattern.compile("(?i)years?|months?|weeks?|days?");

    private static boolean countedNounAfter(SentenceView s, Amount amount) {
        int next = amount.last() + 1;
        return next < s.size() && s.isNoun(next) && !TIME_NOUN.matcher(s.lemma(next)).matches();
    }

    /** "younger than 5", "older than 65": an age bound, not a count. */
    static boolean ageBound(SentenceView s, Amount amount) {
        int t = amount.first();
        return t >= 2 && s.word(t - 1).equals("than") && s.word(t - 2).matches("(?i)younger|older|aged");
    }

    /** "a town of 90,000 people", "a mother of 12", "home to some 167,000 people": a place's or a family's size. */
    static boolean size(SentenceView s, Amount amount) {
        int t = amount.first();
        if (t >= 2 && s.word(t - 1).equals("of") && owner(s, t - 2)) {
            return true;
        }
        // "the youngest of his four sons": a possessive between "of" and the count
        if (t >= 3 && s.word(t - 1).matches("(?i)his|her|their") && s.word(t - 2).equals("of") && owner(s, t - 3)) {
            return true;
        }
        if (secondCountAfterOwner(s, t)) {
            return true;
        }
        // "a mother to three girls", "a father to two": a parent's family, told with "to"
        if (t >= 2 && s.word(t - 1).equalsIgnoreCase("to") && PARENTS.contains(s.lemma(t - 2).toLowerCase(Locale.ROOT))) {
            return true;
        }
        int[] qualifier = FigureExtractor.qualifier(s, t);
        int b = (qualifier == null ? t : qualifier[0]) - 1;
        return b >= 1 && s.word(b).equalsIgnoreCase("to") && s.word(b - 1).equalsIgnoreCase("home");
    }

    /**
     * "a jury of five women and seven men": the second of two counts joined by "and" after an owner's "of". A count
     * must stand between the "of" and the "and"; a name there is a place the owner names, and the count after it is
     * of people ("the province of Ostmark, 20 villagers were killed", "the town of Brask and 12 farmers").
     */
    private static boolean secondCountAfterOwner(SentenceView s, int t) {
        boolean joined = false;
        boolean countBeforeJoin = false;
        for (int b = t - 1, seen = 0; b >= 2 && seen < 6; b--, seen++) {
            String w = s.word(b);
            if (w.equals("of")) {
                return joined && countBeforeJoin && owner(s, b - 1);
            }
            if (w.equalsIgnoreCase("and")) {
                joined = true;
            } else if (s.pos(b).equals("CD")) {
                countBeforeJoin |= joined;
            } else if (!(s.isNoun(b) && !s.pos(b).startsWith("NNP") || s.pos(b).startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean owner(SentenceView s, int t) {
        return OWNERS.contains(s.lemma(t).toLowerCase(Locale.ROOT)) || OWNERS.contains(s.word(t).toLowerCase(Locale.ROOT));
    }

    /**
     * "Covid-19", "F-16", "G7": the number is glued to a word before it, part of a name; "three-story hotels",
     * "a five-year-old": it is glued by a hyphen to a word after it, part of a modifier. The hyphen is read from the
     * tags too, where a text spaces a name's hyphen out ("COVID - 19").
     */
    static boolean partOfName(String text, SentenceView s, Amount amount) {
        int first = amount.first();
        if (first >= 2 && s.word(first - 1).equals("-") && s.pos(first - 1).equals("HYPH")
                && s.word(first - 2).matches(".*\\p{L}")) {
            return true; // a hyphen only: after a dash a count opens ("the North – 16 soldiers have been killed")
        }
        int end = s.token(amount.last()).span().end();
        if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
            return true;
        }
        int start = s.token(amount.first()).span().start();
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        return before == '-' && start >= 2 && Character.isLetter(text.charAt(start - 2)) || Character.isLetter(before);
    }

    /** A decimal without a multiplier ("Python 3.5 was released", "version 5.2"): people are counted whole. */
    static boolean decimal(SentenceView s, Amount amount) {
        return amount.first() == amount.last() && s.word(amount.first()).matches("\\d+\\.\\d+");
    }

    /**
     * A decimal whose point a text spaced out ("a magnitude of 6. 4", "5. 9": ECB+ texts write every decimal so):
     * the number is followed by a point, one space and one or two digits that end a word. People are counted whole;
     * a sentence starting with a numeral after a count ("killed 6. 40 were hurt") is against news style.
     */
    static boolean spacedDecimal(String text, SentenceView s, Amount amount) {
        if (amount.first() != amount.last() || !s.word(amount.first()).matches("\\d+")) {
            return false;
        }
        int end = s.token(amount.last()).span().end();
        return SPACED_POINT.matcher(text.substring(end, Math.min(text.length(), end + 8))).lookingAt();
    }

    /** Nouns of a study, whose people are its sample: "a study of 45 patients" (study-nouns.tsv). */
    private static final Set<String> STUDIES = WordTables.set("figures/study-nouns.tsv");

    /** The words that join a study to its sample: "a study of", "a poll in", "a survey among". */
    private static final Pattern SAMPLE_JOIN = Pattern.compile("(?i)of|in|with|among|involving");

    /**
     * The size of a study's sample: "a small study of 45 patients", "a survey of 1,000 adults", "a poll among 800
     * voters showed". Nothing happened to those counted but being studied; a count that the study found comes after
     * its verb ("a study found that 300 people died") and stays one.
     */
    static boolean sample(SentenceView s, Amount amount) {
        int join = amount.first() - 1;
        return join >= 1 && SAMPLE_JOIN.matcher(s.word(join)).matches() && STUDIES.contains(s.lemma(join - 1));
    }

    /** Nouns of a count or a tally, after which a number is the count's value ("toll 45"), not a label. */
    private static final Set<String> TOLLS = WordTables.set("figures/toll-nouns.tsv");

    /**
     * A number in digits right after a singular common noun is a label, not a count: "line 12", "route 7", "room
     * 31", "chapter 5". English puts a count before what it counts; a number after a singular noun names one of
     * a series. A noun of a tally before it ("a toll 45") or a noun after it ("page 3 residents") leaves it alone.
     */
    static boolean label(SentenceView s, Amount amount) {
        int before = amount.first() - 1;
        int next = amount.last() + 1;
        return before >= 0 && amount.first() == amount.last() && s.word(amount.first()).matches("\\d+")
                && s.pos(before).equals("NN") && s.token(before).word().matches("\\p{Ll}+")
                && !TOLLS.contains(s.lemma(before)) && !FigureExtractor.MEASURE_WORDS.contains(s.lemma(before))
                && (next >= s.size() || !s.isNoun(next));
    }

    /** "four prior arrests", "two previous convictions": one person's record, not a count of people. */
    static boolean record(SentenceView s, Amount amount) {
        int next = amount.last() + 1;
        return next < s.size() && s.word(next).matches("(?i)prior|previous");
    }

    /**
     * A rate, not a count: "310 cases per day", "70 per 100,000 residents" (the amount after "per", or counted words
     * followed by "per").
     */
    static boolean rate(SentenceView s, Amount amount) {
        if (amount.first() > 0 && s.word(amount.first() - 1).equals("per")) {
            return true;
        }
        for (int t = amount.last() + 1; t < s.size() && t <= amount.last() + 4; t++) {
            if (s.word(t).equals("per")) {
                return true;
            }
            if (!(s.pos(t).startsWith("NN") || s.pos(t).startsWith("JJ") || s.pos(t).equals("VBN"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A capitalized number word after "the" and before a capitalized word is part of a name: "The Four Paths
     * Police say", "the Three Gorges Dam".
     */
    static boolean inName(SentenceView s, Amount amount) {
        String written = s.token(amount.first()).word();
        int next = amount.last() + 1;
        return amount.first() > 0 && s.word(amount.first() - 1).equals("the") && written.matches("\\p{Lu}\\p{Ll}+")
                && next < s.size() && Character.isUpperCase(s.token(next).word().charAt(0));
    }

    /**
     * "One" of the reciprocal pronoun "one another" ("they must treat one another with respect", "greeted one
     * another"): it counts no one, whatever the verb before it.
     */
    static boolean reciprocal(SentenceView s, Amount amount) {
        int next = amount.last() + 1;
        return amount.first() == amount.last() && s.word(amount.first()).equalsIgnoreCase("one")
                && next < s.size() && s.word(next).equalsIgnoreCase("another");
    }

    /**
     * Whether a sentence is in a line that does not end like a sentence of body text: a headline ("3 Hurt, 1
     * Dead in Crash"), a deck, a caption or a video title. The figure gold codes none of them.
     */
    static boolean headline(String text, SentenceView s) {
        int end = text.indexOf('\n', s.sentence().span().start());
        String line = (end < 0 ? text.substring(s.sentence().span().start()) : text.substring(
                s.sentence().span().start(), end)).strip();
        String tail = line.replaceAll("[\"'”’»)\\]\\s]+$", "");
        return !tail.isEmpty() && ".!?:;".indexOf(tail.charAt(tail.length() - 1)) < 0 && !signed(tail);
    }

    /** An agency's credit in capitals, alone after the last sentence of a paragraph: "PTI", "(AP)", "— AFP". */
    private static final Pattern CREDIT = Pattern.compile("[-–—(\\s]*\\p{Lu}{2,6}[)\\s]*");

    /**
     * Whether a line ends with a sentence and then an agency's credit ("…, were deported for entering the
     * country. PTI"): a paragraph of body text signed by a news agency, not a headline.
     */
    private static boolean signed(String line) {
        int stop = Math.max(line.lastIndexOf(". "), Math.max(line.lastIndexOf("! "), line.lastIndexOf("? ")));
        return stop > 0 && CREDIT.matcher(line.substring(stop + 2).strip()).matches();
    }
}
