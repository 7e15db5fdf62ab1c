package org.dossier.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.dossier.model.Span;

/**
 * Who gives a figure: the speaker of the direct quote it is in, the subject of the verb of saying that reports
 * its clause ("Israel claims dozens died", "UNRWA says 50 were hit") or that closes its sentence ("…, officials
 * and state media said", "…, the Ansa news agency reported", "…, X told ISNA"), the body of the "according to"
 * nearest after it, the speaker the quote layer found, or, for a follow-up, the source of the figures before.
 * Names of bodies take the canonical form of {@code source-names.tsv}.
 */
final class FigureSources {

    /** Lemmas of verbs of saying, estimating and finding whose subject gives the number. */
    static final Set<String> SPEECH_VERBS = WordTables.set("figures/speech-verbs.tsv");

    /** Those of them that report only a clause: "a study found that 340 died", not "police found two dead". */
    static final Set<String> CLAUSE_ONLY = Set.copyOf(WordTables.rows("figures/speech-verbs.tsv").stream()
            .filter(row -> row.length > 1 && row[1].equals("clause")).map(row -> row[0]).toList());

    /** Those of them that report only with a toll for their object: "officials put the toll at 64". */
    static final Set<String> TOLL_ONLY = Set.copyOf(WordTables.rows("figures/speech-verbs.tsv").stream()
            .filter(row -> row.length > 1 && row[1].equals("toll")).map(row -> row[0]).toList());

    /**
     * Those of the toll verbs whose subject as often causes the toll as tells it ("the agency raised the death toll
     * to 51", "the new deaths raised the toll to 51"): only a teller, a person, a body or a pronoun, reports it.
     */
    static final Set<String> TELLER_ONLY = Set.copyOf(WordTables.rows("figures/speech-verbs.tsv").stream()
            .filter(row -> row.length > 2 && row[2].equals("teller")).map(row -> row[0]).toList());

    static final Set<String> TOLL_NOUNS = WordTables.set("figures/toll-nouns.tsv");

    /** Head nouns of bodies and groups that give figures, for a pronoun that reports them ("It said …"). */
    private static final Set<String> BODY_NOUNS = WordTables.set("figures/body-nouns.tsv");

    /**
     * The rows of source-names.tsv, each {@code {spokesperson-bodies}} and {@code {spokesperson-qualifiers}} the
     * alternation of that list's words, compiled once: {@link #canonical} runs for every figure's source.
     */
    private static final List<CanonicalName> NAMES = withWordLists(WordTables.rows("figures/source-names.tsv"));

    /** A row of source-names.tsv: the pattern a source's words match, and the canonical name it is replaced by. */
    private record CanonicalName(Pattern pattern, String replacement) {}

    /**
     * Verbs of saying that have a sense of harm with an object of their own: "the storm claimed the lives of five
     * people", "the virus has claimed 300 lives". Those objects' lemmas by the verb's.
     */
    private static final Map<String, Set<String>> HARM_SENSES = WordTables.rows("figures/harm-senses.tsv").stream()
            .collect(Collectors.groupingBy(row -> row[0], Collectors.mapping(row -> row[1], Collectors.toSet())));

    /** Whether the verb reports what it governs: a verb of saying not in its sense of harm ("claimed 12 lives"). */
    static boolean reports(SentenceView s, int verb) {
        if (!SPEECH_VERBS.contains(s.lemma(verb)) || !s.isVerb(verb)) {
            return false;
        }
        if (TOLL_ONLY.contains(s.lemma(verb))) {
            return s.children(verb, Set.of("obj", "dobj")).stream().anyMatch(o -> TOLL_NOUNS.contains(s.lemma(o)));
        }
        Set<String> harm = HARM_SENSES.get(s.lemma(verb));
        if (harm == null) {
            return true;
        }
        for (int child : s.children(verb)) {
            if (harm.contains(s.lemma(child)) && s.relation(child).matches("dobj|obj|nsubjpass")) {
                return false;
            }
        }
        return true;
    }

    /** Countries' adjectives by their names ("Turkey" "Turkish"), from the event dictionaries' country table. */
    private static final Map<String, String> COUNTRY_ADJECTIVES = WordTables.rows(
            "dictionaries/countries.tsv").stream().filter(row -> row.length > 2 && !row[2].isBlank())
            .collect(Collectors.toMap(row -> row[1], row -> row[2], (a, b) -> a));

    /** "Turkey's Defence Ministry": a body named by its country's possessive. */
    private static final Pattern COUNTRY_POSSESSIVE = Pattern.compile("(?:[Tt]he )?(\\p{Lu}[\\p{L} ]+?)(?:'s|’s) (.+)");

    private static final Set<String> SUBJECTS = Set.of("nsubj");

    /** Roles a person is named by again ("the official"), each with its short forms as titles (role-nouns.tsv). */
    private static final List<String[]> ROLES = WordTables.rows("figures/role-nouns.tsv");

    /** How far from a person's name, in characters, the role that introduces them may stand. */
    private static final int ROLE_REACH = 60;

    /**
     * How a verb of finding hangs what it reports: a finite clause ("a study found [that 340 died]"); a small clause
     * ("police found [two women dead]", xcomp) says what was seen, not a number reported.
     */
    private static final Set<String> FINITE_CLAUSE = Set.of("ccomp");

    /** Words that end a phrase before a verb when it is no speaker: "though no one was reported hurt". */
    private static final Pattern NOT_A_SPEAKER = Pattern.compile(
            "(?i)^(?:though|although|while|as|when|but|and|if)\\b.*|.*\\b(?:been|be|being|was|were|is|are|have|has)$");

    /**
     * Conjunctions that make a clause the circumstance of a verb of saying, not what it reports: "Trump announced
     * the ban after six people died" does not give Trump as the source of the six.
     */
    private static final Set<String> CIRCUMSTANCES = Set.of("after", "before", "when", "since", "because", "while",
            "although", "though", "until", "once", "whereas", "if", "as");

    private static final Set<String> PRONOUNS = Set.of("they", "he", "she", "we", "it", "i");

    /** Nouns of a written statement that a verb of saying may hang on: "issued a statement saying …". */
    private static final Set<String> STATEMENT_NOUNS = WordTables.set("figures/statement-nouns.tsv");

    /**
     * Verbs by which a subject puts out a statement of its own ("issued", "released"); after any other verb the
     * subject only handles someone's statement ("denied a statement saying …", "read out a release saying …").
     */
    private static final Set<String> ISSUING_VERBS = WordTables.set("figures/issuing-verbs.tsv");

    /** The longest a subject phrase may be to stand as a source by its own words (else only a name in it does). */
    private static final int MAX_SUBJECT_WORDS = 8;

    private static final Pattern ACCORDING_TO = Pattern.compile(
            "\\b(?i:according to) (?:the )?(?:(?:an? |the )?(?:analysis|study|report|figures|data|estimates?|count"
            + "|tally|statement|(?:news |press )?release)"
            + " (?:by|from|of) (?:the )?)?((?:(?! and \\d)[^,.;:])+)");

    /**
     * A clause of time or cause, or of whom is cited, after a closing attribution ("…, the ministry said, as fighting
     * intensified", "…, the group said, citing its own count"): it still closes the sentence.
     */
    private static final String CIRCUMSTANCE_AFTER =
            "(?:\\s*,\\s+(?:as|while|after|amid|when|since|citing)\\s[^,\"“”]{2,120})?";

    /** "…, officials said on Wednesday.": an attribution after the last comma, for sentences not parsed. */
    private static final Pattern TRAILING = Pattern.compile(
            ",\\s+([^,]{2,80}?)\\s+(?:said|says|reported|reports|told [^,.]+|estimates?|estimated)"
            + "(?:\\s+(?:on|in|late|early)\\s+[^,.]+)?" + CIRCUMSTANCE_AFTER + "\\s*[.!]?[\"'”’]*\\s*$");

    /**
     * "…, Ana Ruiz, a local health officer, said.": a closing attribution whose speaker carries an
     * apposition, so that a comma stands between the name and the verb.
     */
    private static final Pattern TRAILING_APPOSITION = Pattern.compile(
            ",\\s+([^,]{2,60}?)(?:,\\s+[^,]{2,80}?)?,\\s+(?:said|says|reported|reports|told [^,.]+)"
            + "(?:\\s+(?:on|in|late|early)\\s+[^,.]+)?\\s*[.!]?[\"'”’]*\\s*$");

    /**
     * "…, said flood agency spokesman Ravi Das.", "…, said Vanore.": a closing attribution
     * with the verb before its speaker (news' inverted attribution), the speaker perhaps with an apposition or an
     * "of" phrase. The words may not open a clause ("said that", "said it was"), nor run past a few words.
     */
    private static final Pattern TRAILING_INVERTED = Pattern.compile(
            ",\\s*[\"'”’]*\\s*(?:said|says|reported|added)\\s+"
            + "((?!(?:that|it|in|on|at|to|by|so|after|before|when|they|he|she|we|there|this|only)\\b)[^,.;:]{2,90}?)"
            + "(?:,\\s+[^,.;:]{2,80}?)?\\s*[.!]?[\"'”’]*\\s*$");

    /** How many words the speaker of an inverted attribution may have, titles and "of" phrase included. */
    private static final int MAX_INVERTED_WORDS = 12;

    /** "X quoted Y as saying": Y, the one quoted; not "quoted by X as saying", where X only quotes. */
    private static final Pattern QUOTED_AS_SAYING = Pattern.compile(
            "\\bquoted\\s+(?!by\\s)(\\S.{1,120}?),?\\s+as\\s+saying\\b");

    /**
     * "Officials were quoted by the state agency as saying 40 homes were destroyed": who was quoted, the subject of
     * the passive, from the sentence's start or the last comma before it, a comma closing an apposition ("The
     * governor, Ada Lund, was quoted by …") allowed; the outlet after "by" only quotes them.
     */
    private static final Pattern QUOTED_BY_AS_SAYING = Pattern.compile(
            "(?:^|[,;]\\s*)([^,;\"“”]{2,100}?),?\\s+(?:was|were|is|are|had been|has been|have been) quoted by "
            + "[^,;\"“”]{1,60}? as saying\\b");

    /**
     * "…, the island's governor Omar Dal was quoted as saying.": who was quoted, closing the sentence; also when the
     * outlet that quotes is named ("…, officials were quoted by the agency as saying."): the one quoted gives it,
     * as with "told AFP".
     */
    private static final Pattern QUOTED_AT_END = Pattern.compile(
            "[,\"'”’]\\s*([^,\"'”’]{2,100}?)\\s+(?:was|were|is) quoted(?: by [^,\"'”’]{1,60}?)? as saying"
            + "\\s*[.!]?[\"'”’]*\\s*$");

    /**
     * "…, the Red Crescent said, injuring at least 21.": an attribution between two clauses, the number in the
     * participle clause after it.
     */
    private static final Pattern BETWEEN_CLAUSES = Pattern.compile(
            ",\\s+([^,]{2,80}?)\\s+(?:said|says|reported|reports)\\s*,\\s+[a-z]+ing\\b");

    /**
     * "…, Xinhua said on Thursday, citing local authorities": who an outlet's report rests on, up to the next comma
     * or stop; only right after a closing attribution ("…, citing breaches of the curfew" gives a reason), and not
     * "its own count". "Quoting" is read as "citing" (session twenty-four), and a "that" after the cited one lets the
     * pair stand before the number ("The channel said, quoting the ministry, that 300 …"). Only an outlet's quoting
     * names its source: a senator who says a number "quoting a poet" gives it himself (review, session twenty-four).
     */
    private static final Pattern CITING = Pattern.compile(
            "\\s(?:said|says|reported|reports|added|announced|wrote)(?:\\s+(?:on|late|early|last)\\s+\\w+)?"
            + "\\s*,\\s+(citing|quoting)\\s+((?!(?:its|their|his|her|our)\\b)[^,.;:]{2,80})(,\\s+that\\b)?");
    /**
     * "State radio said nine soldiers were killed, quoting an army statement": a report that ends by naming what it
     * rests on, the verb of saying before the number (TELLING_BEFORE) and the cited one closing the sentence; only
     * when the teller is an outlet ("Police said 20 were arrested, citing a curfew order" is the police's count).
     */
    private static final Pattern TRAILING_CITING = Pattern.compile(
            ",\\s+(?:citing|quoting)\\s+((?!(?:its|their|his|her|our)\\b)[^,.;:]{2,80})[.!]?[\"'”’]*\\s*$");
    private static final Pattern TELLING_BEFORE = Pattern.compile("\\s(?:said|says|reported|reports|announced)\\s");
    /** Where the head phrase of a source ends: "spokesman | for the ministry". */
    private static final Pattern HEAD_PHRASE_END = Pattern.compile("\\s+(?:of|for|in|at|from|with|on|by|to)\\s+");
    /** "Another" opening a source: one more of a kind the text named before. */
    private static final Pattern ANOTHER_OF_A_KIND = Pattern.compile("^[Aa]nother\\s+(?=\\p{L})");
    /** Words that make a teller a news outlet: "State radio", "the news agency", "the Marrow Times". */
    private static final Set<String> OUTLET_NOUNS = WordTables.set("figures/outlet-nouns.tsv");
    /** Nouns of those a report may rest on besides bodies: "citing witnesses", "citing sources close to the talks". */
    private static final Set<String> CITED_NOUNS = Set.of("source", "sources", "witness", "witnesses", "officials",
            "authorities", "media", "residents", "figures", "data", "statement", "report", "reports", "officers");

    private FigureSources() {}

    /**
     * The source of the figure whose amount is at {@code amount} (tokens of {@code s}, {@code span} in the text),
     * or null. {@code lastNamed} is the last source named in the article (for "they estimate"). A follow-up that
     * the narrator states ("Another 12 were wounded." after "…, police said.") has none: the gold codes a number
     * stated without attribution as unsourced, even when an earlier sentence gave a source (session twenty-two).
     */
    static String source(ArticleContext context, SentenceView s, Amount amount, Span span, List<Quote> quotes,
            String lastNamed) {
        String found = speakerNotAPlace(context, quotes, quoteOf(quotes, span, true), span);
        // a pronoun that reports the number ("…, she said") is the speaker the quote layer resolved it to, which
        // weighs gender and the people of the paragraph, before the last source named
        String quoted = speakerNotAPlace(context, quotes, quoteOf(quotes, span, false), span);
        String pronoun = quoted != null ? quoted : lastNamed;
        if (found == null) {
            // "…, Xinhua said, citing local authorities": when an outlet cites someone, the someone gives it
            found = named(citing(context, s, span));
        }
        if (found == null) {
            found = named(reportingSubject(context, s, amount.first(), pronoun));
        }
        if (found == null) {
            found = named(closingAttribution(context, s, amount.first(), pronoun));
        }
        if (found == null) {
            found = named(quotedAsSaying(context, s, span));
        }
        if (found == null) {
            // before a reported quote's speaker: a quote cued by the last "according to" can span the sentence
            // ("killing 40, according to Alpha, and displacing 900, according to Beta")
            found = accordingTo(context, s, span);
        }
        if (found == null) {
            found = quoted;
        }
        return canonical(found);
    }

    /**
     * The words a rule found when they can name a source, else null so that the next rule is tried: a closing
     * attribution read as "according to reports" opens with a word no name opens with, and the "according to"
     * rule after it gives "reports" (session fifteen, unseen ECB+ texts).
     */
    private static String named(String found) {
        return cleaned(found) == null ? null : found;
    }

    /**
     * The speaker's name, unless the quote layer took for the speaker a place that only describes the one who speaks
     * ("…, " Nia Wirana, a nurse in Pinang town, told AFP." gave "Pinang"; "said Dedi Karsa, the deputy chief of
     * Tanah Kembang. He said …" resolved "He" to "Tanah Kembang"): a place name
     * right after "in", "of", "at" or "from", or a place that "he" or "she" stands for. Then the name that opens the
     * attribution after the part of the quote with the number ("Nia Wirana, a nurse …"), else, for "he" or "she",
     * the speaker of a quote that ends within {@link #NEAR} characters before this one; else null (the attribution's
     * subject is sought next). A country speaking as such ("Israel says") is none of these. A personal pronoun
     * with no entity ("I told the commander …", session fifteen's first-person speakers) is no source: null.
     */
    static String speakerNotAPlace(ArticleContext context, List<Quote> quotes, Quote quote, Span amount) {
        if (quote == null) {
            return null;
        }
        Speaker speaker = quote.speaker();
        if (speaker.entityId() == null && PERSONAL_PRONOUN.matcher(speaker.name()).matches()) {
            return null; // "I told the commander that 40 civilians were killed": the writer or a "we" is no source
        }
        boolean pronoun = pronounForAPlace(context, speaker);
        if (!pronoun && !placeInADescription(context, speaker)) {
            return speaker.name();
        }
        int after = quote.span().end();
        for (Span part : quote.parts()) {
            after = part.contains(amount) ? part.end() : after; // the attribution follows the part with the number
        }
        Matcher opening = OPENING_NAME.matcher(context.text().substring(after,
                Math.min(context.text().length(), after + 60)));
        if (opening.find()) {
            return opening.group(1);
        }
        Quote nearest = null;
        for (Quote other : quotes) {
            if (pronoun && other.speaker() != null && other.span().end() <= quote.span().start()
                    && quote.span().start() - other.span().end() <= NEAR
                    && !pronounForAPlace(context, other.speaker()) && !placeInADescription(context, other.speaker())) {
                nearest = other;
            }
        }
        return nearest == null ? null : nearest.speaker().name();
    }

    /** A personal pronoun the quote layer left without an entity: it names no source. */
    private static final Pattern PERSONAL_PRONOUN = Pattern.compile(
            "(?i)i|we|me|us|you|he|she|him|her|they|them|it");

    /** How far before a quote the quote of the same speaker may end: about one sentence. */
    private static final int NEAR = 200;

    /** Capitalised words opening the attribution after a quote, then a comma: "…," Nia Wirana, a nurse …". */
    private static final Pattern OPENING_NAME = Pattern.compile(
            "^[\\s\"”’',]*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)+)\\s*,");

    /** "He" or "she" that the quote layer resolved to a place: "Tanah Kembang", from "the chief of Tanah Kembang". */
    private static boolean pronounForAPlace(ArticleContext context, Speaker speaker) {
        if (speaker.span() == null || !speaker.span().of(context.text()).matches("(?i)he|she")) {
            return false;
        }
        Entity entity = speaker.entityId() == null ? null : context.entity(speaker.entityId());
        return entity != null && entity.type() == EntityType.LOCATION
                || context.places().stream().anyMatch(p -> beginsWithName(p.text(), speaker.name()));
    }

    /**
     * Whether the place's name is the speaker's or opens with it as whole words: "Tanah Kembang district" for "Tanah
     * Kembang"; not "Leeds" for a speaker "Lee".
     */
    static boolean beginsWithName(String place, String name) {
        return place.equals(name) || place.startsWith(name + " ");
    }

    /** A place name right after "in", "of", "at" or "from": "a nurse at a clinic in Pinang town". */
    private static boolean placeInADescription(ArticleContext context, Speaker speaker) {
        if (speaker.span() == null || context.placeAt(speaker.span().start()) == null) {
            return false;
        }
        String before = context.text().substring(Math.max(0, speaker.span().start() - 6), speaker.span().start());
        return before.matches("(?s).*\\b(?:in|of|at|from)\\s+$");
    }

    /**
     * The first quote with a speaker that holds the number: only a direct one when {@code direct} (the quote layer
     * finds its speaker around the quote), else any, direct or reported.
     */
    private static Quote quoteOf(List<Quote> quotes, Span amount, boolean direct) {
        for (Quote quote : quotes) {
            if ((quote.direct() || !direct) && quote.speaker() != null && quote.span().contains(amount)) {
                return quote;
            }
        }
        return null;
    }

    /**
     * The subject of the nearest verb of saying above the number in the parse: "Israel claims dozens of militants
     * died" gives Israel, "Scher and Lund estimate 5,000 homes" gives Scher.
     */
    static String reportingSubject(ArticleContext context, SentenceView s, int amount, String lastNamed) {
        if (!s.parsed()) {
            return null;
        }
        int below = amount;
        int node = s.head(amount);
        boolean inSetting = false;
        for (int step = 0; node >= 0 && step < 8; step++, below = node, node = s.head(node)) {
            inSetting |= setting(s, below);
            if (reports(s, node) && inSetting) {
                return null; // "X said of the firm in May, when it refused to help one of the 12": when X spoke
            }
            inSetting &= !s.isVerb(node);
            if (reports(s, node) && s.relation(below).equals("nsubj")) {
                return null; // the number describes who speaks ("said X, whose protest drew thousands"), not what
            }
            if (reports(s, node) && s.relation(below).equals("nsubj:pass")) {
                String agent = agentName(context, s, node, lastNamed);
                if (agent != null) {
                    return agent; // "45 deaths have been confirmed by the health authorities"
                }
                continue; // "police said three people were reported killed": a passive report, its teller above
            }
            if (reports(s, node) && !circumstance(s, below)
                    && (!CLAUSE_ONLY.contains(s.lemma(node)) || reportedClause(s, node, below))) {
                if (TELLER_ONLY.contains(s.lemma(node)) && !tellerSubject(context, s, node)) {
                    continue; // "the new deaths raised the toll to 51": a cause, not a teller; one may say it above
                }
                String subject = subjectName(context, s, node, lastNamed);
                if (subject == null && issuer(s, node) >= 0) {
                    subject = subjectName(context, s, issuer(s, node), lastNamed);
                }
                if (subject != null) {
                    return subject;
                }
            }
        }
        return null;
    }

    /**
     * The verb whose subject issued the statement that a subjectless verb of saying belongs to: "The ministry
     * issued a statement saying 12 died" (the parse hangs "saying" on "statement", its object), or -1.
     */
    private static int issuer(SentenceView s, int saying) {
        int noun = s.head(saying);
        if (noun < 0 || !s.relation(saying).startsWith("acl") || !STATEMENT_NOUNS.contains(s.lemma(noun))) {
            return -1;
        }
        int verb = s.head(noun);
        return verb >= 0 && s.isVerb(verb) && s.relation(noun).matches("obj|dobj")
                && ISSUING_VERBS.contains(s.lemma(verb)) ? verb : -1;
    }

    /**
     * Whether the clause under a verb that reports only clauses ("find") is one it reports: a finite clause ("a
     * study found that 300 people died", "found 40 people were killed") of a verb with no object of its own. A
     * verdict is none ("a judge found the clerk guilty of a spree that left three dead": the parser may take the
     * relative clause, its subject "that", for the clause found), nor a discovery ("police found two women dead"):
     * their subject gives no figure (session sixteen).
     */
    static boolean reportedClause(SentenceView s, int verb, int clause) {
        if (!s.hasRelation(clause, FINITE_CLAUSE) || s.firstChild(verb, OBJECTS) >= 0) {
            return false;
        }
        int subject = s.firstChild(clause, Set.of("nsubj", "nsubj:pass"));
        return subject < 0 || !s.pos(subject).matches("WDT|WP");
    }

    /** The relations of a verb's direct object. */
    private static final Set<String> OBJECTS = Set.of("obj", "dobj");

    /**
     * Whether the clause tells when or where: opened by the wh-adverb "when" or "where", which the parser hangs on
     * it as advmod, the clause being adverbial ("…, when the firm refused …") or relative to a noun of time or
     * place ("in May, when …", "in Ohio, where …"). Such a clause whose nearest verb above is a verb of saying is
     * the setting of the saying, not what is said (session twenty-seven, PolNeAR); under another verb it belongs
     * to what that verb's clause says ("the governor said the fire spread when crews tried to save 30").
     */
    static boolean setting(SentenceView s, int clause) {
        if (!s.relation(clause).equals("advcl") && !s.relation(clause).equals("acl:relcl")) {
            return false;
        }
        for (int child : s.children(clause, Set.of("advmod"))) {
            if (s.pos(child).equals("WRB") && SETTING_ADVERBS.contains(s.word(child).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The wh-adverbs that open a clause of time or place. */
    private static final Set<String> SETTING_ADVERBS = Set.of("when", "where");

    /** Whether the clause is an adverbial one opened by a conjunction of time, cause or condition ("after …"). */
    static boolean circumstance(SentenceView s, int clause) {
        if (!s.relation(clause).equals("advcl")) {
            return false;
        }
        for (int child : s.children(clause, Set.of("mark"))) {
            if (CIRCUMSTANCES.contains(s.word(child))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An attribution that closes or interrupts the sentence rather than governing the number: "Ten people were
     * killed …, officials and state media said", "…, the Red Crescent said, injuring at least 21", "they
     * estimate". In a parse it is a verb of saying attached beside the clause (parataxis); without a parse, the
     * words after the last comma.
     */
    static String closingAttribution(ArticleContext context, SentenceView s, int amount, String lastNamed) {
        if (s.parsed()) {
            for (int t = 0; t < s.size(); t++) {
                if (reports(s, t) && !s.dominates(t, amount)
                        && s.relation(t).equals("parataxis")) {
                    String subject = subjectName(context, s, t, lastNamed);
                    if (subject != null) {
                        return subject;
                    }
                }
            }
        }
        Span sentence = s.sentence().span();
        String text = sentence.of(context.text());
        int amountStart = s.token(amount).span().start() - sentence.start();
        Matcher between = BETWEEN_CLAUSES.matcher(text);
        while (between.find()) {
            if (between.end() <= amountStart && !NOT_A_SPEAKER.matcher(between.group(1).strip()).matches()) {
                String words = between.group(1).strip();
                String holder = roleHolder(context, sentence.start(), words);
                return holder != null ? holder : nameIn(context, new Span(sentence.start() + between.start(1),
                        sentence.start() + between.end(1)), stripArticle(words));
            }
        }
        Matcher trailing = TRAILING.matcher(text);
        if (!trailing.find() || trailing.start() < amountStart) {
            Matcher apposition = TRAILING_APPOSITION.matcher(text);
            if (apposition.find() && apposition.start() >= amountStart) {
                Span named = new Span(sentence.start() + apposition.start(1), sentence.start() + apposition.end(1));
                String person = personIn(context, new Span(named.start(), sentence.start() + apposition.end()));
                if (person != null) {
                    return person;
                }
            }
            return invertedAttribution(context, sentence, text, amountStart);
        }
        String words = trailing.group(1).strip();
        if (NOT_A_SPEAKER.matcher(words).matches()) {
            return null;
        }
        String holder = roleHolder(context, sentence.start(), words);
        if (holder != null) {
            return holder;
        }
        return PRONOUNS.contains(words.toLowerCase(Locale.ROOT)) ? lastNamed
                : nameIn(context, new Span(sentence.start() + trailing.start(1), sentence.start() + trailing.end(1)),
                        stripArticle(words));
    }

    /**
     * The speaker of an inverted closing attribution after the number ("…, said rescue agency official Fauzi"):
     * a person named in it, else the person a bare role stands for ("said the governor"), else a body named in it,
     * else its own words ("a senior officer").
     */
    static String invertedAttribution(ArticleContext context, Span sentence, String text, int amountStart) {
        Matcher inverted = TRAILING_INVERTED.matcher(text);
        if (!inverted.find() || inverted.start() < amountStart) {
            return null;
        }
        String words = inverted.group(1).strip();
        if (words.split("\\s+").length > MAX_INVERTED_WORDS) {
            return null;
        }
        return speakerIn(context, sentence, inverted.start(1), inverted.end(1), words);
    }

    /**
     * The one an outlet quotes ("The state agency quoted the zone's head, Ali Reza, as saying …"), or
     * who "was quoted as saying" at the end of the sentence: the person named in the phrase, else the person its
     * bare role stands for, else its words. Read from the words, whatever the parse made of them.
     */
    static String quotedAsSaying(ArticleContext context, SentenceView s, Span amount) {
        Span sentence = s.sentence().span();
        String text = sentence.of(context.text());
        int at = amount.start() - sentence.start();
        Matcher before = QUOTED_AS_SAYING.matcher(text);
        MatchResult nearest = null; // the last "quoted X as saying" before the number: the one that says it
        while (before.find() && before.end() <= at) {
            nearest = before.toMatchResult();
        }
        if (nearest != null) {
            return speakerIn(context, sentence, nearest.start(1), nearest.end(1), nearest.group(1));
        }
        Matcher passive = QUOTED_BY_AS_SAYING.matcher(text);
        if (passive.find() && passive.end() <= at) {
            return speakerIn(context, sentence, passive.start(1), passive.end(1), passive.group(1));
        }
        Matcher after = QUOTED_AT_END.matcher(text);
        if (after.find() && after.start() >= at) {
            return speakerIn(context, sentence, after.start(1), after.end(1), after.group(1));
        }
        return null;
    }

    /**
     * Who the words of an attribution at [from, to) of the sentence name: a person named in them, else the person a
     * bare role stands for ("the governor"), else a body named in them, else the words themselves.
     */
    private static String speakerIn(ArticleContext context, Span sentence, int from, int to, String words) {
        Span named = new Span(sentence.start() + from, sentence.start() + to);
        String person = personIn(context, named);
        if (person != null) {
            return person;
        }
        String holder = roleHolder(context, sentence.start(), words.strip());
        return holder != null ? holder : nameIn(context, named, stripArticle(words));
    }

    /**
     * A sentence that only gives the source of the sentence before: "That's according to the regional governor.",
     * "The figure comes from the rights group OVD-Info.", "Those are the numbers from the civil protection agency."
     */
    private static final Pattern ATTRIBUTES_BEFORE = Pattern.compile("^(?:(?:That|This|These|Those)(?: ?['’]s| is| are"
            + "| was| were)(?: the (?:numbers?|figures?|count|tally|data))?|(?:The|That|This|These|Those) (?:numbers?"
            + "|figures?|count|tally|toll|data) (?:comes?|came|are|is|were|was)) (?:according to|from) (?:the )?"
            + "([^,;:\"“”]{2,80}?)\\s*[.!]?$");

    /** Who a sentence that only attributes the sentence before names ("That's according to X."), or null. */
    static String attributesBefore(ArticleContext context, SentenceView s) {
        Span sentence = s.sentence().span();
        Matcher m = ATTRIBUTES_BEFORE.matcher(sentence.of(context.text()).strip());
        if (!m.matches()) {
            return null;
        }
        int offset = context.text().indexOf(m.group(1), sentence.start());
        Span words = new Span(offset, offset + m.group(1).length());
        return namesSomeone(context, words) ? canonical(nameIn(context, words, m.group(1))) : null;
    }

    /**
     * Whether the words name someone who can give a number: a person or an organization, or a noun of a body or of
     * those a report rests on ("local officials", "the provincial government"); not a reason or a thing ("breaches of
     * the curfew", "the plan announced by the minister").
     */
    private static boolean namesSomeone(ArticleContext context, Span words) {
        if (personIn(context, words) != null || organizationIn(context, words)) {
            return true;
        }
        String phrase = words.of(context.text()).toLowerCase(Locale.ROOT);
        String[] tokens = phrase.split("[^\\p{L}]+");
        String head = tokens.length == 0 ? "" : tokens[headWordIndex(tokens)];
        String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        return BODY_NOUNS.contains(head) || BODY_NOUNS.contains(singular) || CITED_NOUNS.contains(head)
                || AGENT_ENDING.matcher(singular).find();
    }

    /** Nouns of people by their ending: governor, minister, spokesman, coroner, president, journalist, physician. */
    private static final Pattern AGENT_ENDING = Pattern.compile("(?:[^w]er|or|ist|man|woman|person|ian|ent|ant)$");

    /** Words after the head of a short phrase: its prepositions and "who". */
    private static final Set<String> PHRASE_HEAD_ENDS = Set.of("of", "in", "at", "close", "from", "who", "with", "on",
            "by");

    /** The head word of a short phrase: the last word before a preposition or "who", past a participle. */
    private static int headWordIndex(String[] tokens) {
        for (int i = 1; i < tokens.length; i++) {
            if (PHRASE_HEAD_ENDS.contains(tokens[i])) {
                // "the plan announced by the minister": a participle after the head is no head
                return i >= 2 && tokens[i - 1].endsWith("ed") ? i - 2 : i - 1;
            }
        }
        return tokens.length - 1;
    }

    /** "…, the newspaper reported, citing police sources": the one cited after the number, or null. */
    static String citing(ArticleContext context, SentenceView s, Span amount) {
        Span sentence = s.sentence().span();
        String text = sentence.of(context.text());
        Matcher citing = CITING.matcher(text);
        while (citing.find()) {
            // after the number ("…, the agency said, quoting police"), or between the verb and its clause ("The
            // channel said, quoting the ministry, that 300 …")
            boolean before = citing.group(3) != null && sentence.start() + citing.end() <= amount.start();
            if (before || sentence.start() + citing.start() >= amount.end()) {
                // "citing" right after the verb names what any teller's report rests on (session twenty-three);
                // "quoting" names a source only in an outlet's mouth
                if (citing.group(1).equals("quoting") && !isOutlet(context, teller(sentence, text, citing.start()))) {
                    return null;
                }
                return citedOne(context,
                        new Span(sentence.start() + citing.start(2), sentence.start() + citing.end(2)));
            }
        }
        Matcher trailing = TRAILING_CITING.matcher(text);
        Matcher telling = TELLING_BEFORE.matcher(text.substring(0, Math.max(0, amount.start() - sentence.start())));
        if (trailing.find() && sentence.start() + trailing.start() >= amount.end() && telling.find()
                && isOutlet(context, teller(sentence, text, telling.start()))) {
            return citedOne(context,
                    new Span(sentence.start() + trailing.start(1), sentence.start() + trailing.end(1)));
        }
        return null;
    }

    /** The one cited or quoted at {@code words} when the words name someone, else null ("breaches of the curfew"). */
    private static String citedOne(ArticleContext context, Span words) {
        return namesSomeone(context, words) ? nameIn(context, words, stripArticle(words.of(context.text()))) : null;
    }

    /** The words before a verb of saying at {@code verbAt} (in {@code text}, the sentence's), back to a comma. */
    private static Span teller(Span sentence, String text, int verbAt) {
        int from = Math.max(text.lastIndexOf(',', verbAt - 1), text.lastIndexOf(';', verbAt - 1)) + 1;
        return new Span(sentence.start() + from, sentence.start() + verbAt);
    }

    /**
     * Whether the teller is a news outlet: it holds an outlet's word ("State radio", "the Marrow Times") or names an
     * organization that is neither a person nor a body that gives its own counts ("Xinhua", not "the ministry").
     */
    private static boolean isOutlet(ArticleContext context, Span teller) {
        String words = teller.of(context.text()).strip();
        if (words.isEmpty()) {
            return false;
        }
        for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (OUTLET_NOUNS.contains(word)) {
                return true;
            }
        }
        return personIn(context, teller) == null && organizationIn(context, teller)
                && !BODY_NOUNS.contains(headNoun(words));
    }

    /** The body of an "according to" nearest after the number, else the last one before it. */
    static String accordingTo(ArticleContext context, SentenceView s, Span amount) {
        Span sentence = s.sentence().span();
        Matcher according = ACCORDING_TO.matcher(sentence.of(context.text()));
        Span before = null;
        while (according.find()) {
            Span words = new Span(sentence.start() + according.start(1), sentence.start() + according.end(1));
            if (sentence.start() + according.start() >= amount.end()) {
                return nameIn(context, words, words.of(context.text()).strip());
            }
            before = words;
        }
        return before == null ? null : nameIn(context, before, before.of(context.text()).strip());
    }

    /**
     * Who the subject of a verb of saying names: a person's full name in it, else an organization or a place
     * (a state speaking), else its own words when short ("officials and state media"); a pronoun ("they
     * estimate") stands for the last source the article named.
     */
    static String subjectName(ArticleContext context, SentenceView s, int verb, String lastNamed) {
        int subject = s.firstChild(verb, SUBJECTS);
        if (subject < 0) {
            subject = unmarkedSpeaker(s, verb);
        }
        if (subject >= 0 && s.isVerb(subject) && s.relation(verb).equals("acl:relcl") && s.head(verb) >= 0) {
            // "A district officer, who would not give his name, said 60 died": the parser may take the verb of the
            // clause that hides the speaker's name for the subject of "said", and hang "said" on the speaker as
            // a relative clause; the speaker is the noun it hangs on
            subject = s.head(verb);
        }
        if (subject < 0 || context.inDateline(s.token(subject).span().start())) {
            return null; // "PARIS (AFP) - …": the dateline says where the report was filed, the parser may hang it
        }
        return phraseName(context, s, subject, lastNamed);
    }

    /**
     * Who the phrase headed by the token names: a person's full name in it, else an organization or a place, else
     * its own words when short; a pronoun stands for {@code lastNamed}, a number for no one.
     */
    private static String phraseName(ArticleContext context, SentenceView s, int subject, String lastNamed) {
        return phraseName(context, s, subject, lastNamed, Set.of("acl:relcl"));
    }

    /** The same, the phrase not descending into dependents of the relations in {@code stop} ("by" of an agent). */
    private static String phraseName(ArticleContext context, SentenceView s, int subject, String lastNamed,
            Set<String> stop) {
        if (PRONOUNS.contains(s.word(subject).toLowerCase(Locale.ROOT))) {
            return lastNamed;
        }
        if (s.pos(subject).equals("CD")) {
            return null; // "12 are said to be Somali": a count, not a speaker
        }
        List<Integer> tokens = new ArrayList<>(s.subtree(subject, stop));
        tokens.sort(Integer::compare);
        // "GENEVA - Amnesty International published …": the parser may hang the dateline on the subject
        tokens.removeIf(t -> t != subject && context.inDateline(s.token(t).span().start()));
        Span span = s.span(tokens.getFirst(), tokens.getLast());
        String holder = roleHolder(context, s.sentence().span().start(), span.of(context.text()));
        if (holder != null) {
            return holder;
        }
        String words = tokens.size() <= MAX_SUBJECT_WORDS ? stripArticle(span.of(context.text())) : null;
        return nameIn(context, span, words);
    }

    /** Who the "by" phrase of a passive verb of saying names ("were reported by the police"), or null. */
    static String agentName(ArticleContext context, SentenceView s, int verb, String lastNamed) {
        for (int child : s.children(verb)) {
            if (s.relation(child).matches("obl:agent|nmod:agent|obl|nmod") && "by".equals(s.caseMarker(child))) {
                return phraseName(context, s, child, lastNamed, Set.of("acl:relcl", "case"));
            }
        }
        return null;
    }

    /**
     * Who a sentence without figures has for the subject of its main verb, when that is a body or group that gives
     * figures ("The ministry did not give a cause.", "Amnesty International published its report."): whom a
     * pronoun reporting the next figures stands for ("It said six people died"); null when the subject is a
     * person (the quote layer resolves "he" and "she"), a pronoun, or no body.
     */
    static String bodySubject(ArticleContext context, SentenceView s) {
        if (!s.parsed()) {
            return null;
        }
        for (int root = 0; root < s.size(); root++) {
            if (s.head(root) >= 0) {
                continue;
            }
            int subject = s.firstChild(root, SUBJECTS);
            if (subject < 0 || PRONOUNS.contains(s.word(subject).toLowerCase(Locale.ROOT))
                    || s.pos(subject).equals("CD")) {
                return null;
            }
            List<Integer> tokens = new ArrayList<>(s.subtree(subject, Set.of("acl:relcl", "acl")));
            tokens.sort(Integer::compare);
            Span span = s.span(tokens.getFirst(), tokens.getLast());
            if (personIn(context, span) != null) {
                return null;
            }
            boolean organization = organizationIn(context, span);
            if (!organization && !BODY_NOUNS.contains(s.lemma(subject))) {
                return null;
            }
            return phraseName(context, s, subject, null);
        }
        return null;
    }

    /**
     * Whether the subject of the verb is one who tells: a pronoun of people ("they", "she"), a person or body named,
     * or a body's noun.
     */
    static boolean tellerSubject(ArticleContext context, SentenceView s, int verb) {
        int subject = s.firstChild(verb, SUBJECTS);
        if (subject < 0) {
            return false;
        }
        String word = s.word(subject).toLowerCase(Locale.ROOT);
        if (word.equals("it")) {
            return false; // "A landslide buried the village. It raised the toll to 75.": "it" is as often the cause
        }
        if (PRONOUNS.contains(word) || BODY_NOUNS.contains(s.lemma(subject))) {
            return true;
        }
        List<Integer> tokens = new ArrayList<>(s.subtree(subject, Set.of("acl:relcl", "acl")));
        tokens.sort(Integer::compare);
        Span span = s.span(tokens.getFirst(), tokens.getLast());
        return personIn(context, span) != null || organizationIn(context, span);
    }

    private static boolean organizationIn(ArticleContext context, Span span) {
        for (int at = span.start(); at < span.end(); at++) {
            Mention m = context.mentionAt(at);
            if (m != null && m.type() == EntityType.ORGANIZATION && span.contains(m.span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker of a verb of saying that the parse gives no subject: in an inverted attribution ("…, said disaster
     * agency official Fauzi") the parser takes the name after the verb for its object; in "State TV quoted
     * the disaster center as saying …" the one quoted is the object of "quote". -1 when neither.
     */
    static int unmarkedSpeaker(SentenceView s, int verb) {
        if (verb > 0 && s.word(verb - 1).equals(",")) {
            int object = s.firstChild(verb, Set.of("obj"));
            if (object > verb) {
                return object;
            }
        }
        int head = s.head(verb);
        if (head >= 0 && s.lemma(head).equals("quote") && s.hasRelation(verb, Set.of("advcl", "xcomp"))) {
            return s.firstChild(head, Set.of("obj"));
        }
        return -1;
    }

    /**
     * The person that a source of only "the" and a role ("the official", "the governor") stands for: the last
     * person named before the sentence with the role or its short form within a few words of the name ("Fauzi, the
     * local flood agency's official", "Gov. Heydar Alishvandi"); null when the words are more than a
     * role or no such person was named.
     */
    static String roleHolder(ArticleContext context, int sentenceStart, String words) {
        String[] role = role(words);
        if (role == null) {
            return null;
        }
        String possessor = possessor(words);
        String text = context.text();
        for (Mention m : context.personMentionsBefore(sentenceStart)) {
            String around = text.substring(Math.max(0, m.span().start() - ROLE_REACH),
                    Math.min(sentenceStart, m.span().end() + ROLE_REACH)).toLowerCase(Locale.ROOT);
            for (String form : role) {
                if (namedWith(around, form, possessor)) {
                    Entity e = context.entityOf(m);
                    return e != null ? e.name() : m.text();
                }
            }
        }
        return null;
    }

    /**
     * Whether the words around a person's name give the role: for a role held in something ("the trawler's owner"),
     * the role with that same thing ("owner of the trawler", "the trawler's owner"), as a president of one body is
     * not the president of another ("President Maria Lopez" is not "the company's president").
     */
    private static boolean namedWith(String around, String form, String possessor) {
        String role = "\\b" + Pattern.quote(form) + "\\b";
        if (possessor == null) {
            return Pattern.compile(role).matcher(around).find();
        }
        String thing = "\\b" + Pattern.quote(possessor) + "\\b";
        return Pattern.compile(role + "\\s+of\\s+(?:(?:the|a|an|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?" + thing
                + "|" + thing + "\\s?(?:'s|’s)\\s+" + role).matcher(around).find();
    }

    /** The common noun that holds a role in "the <noun>'s <role>", or null. */
    private static String possessor(String words) {
        Matcher possessed = POSSESSED_ROLE.matcher(words.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", ""));
        return possessed.matches() ? possessed.group(1) : null;
    }

    /** The role (with its short forms) that "the <role>" names, or null. */
    private static String[] role(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        if (!w.startsWith("the ")) {
            return null;
        }
        w = w.substring(4).strip();
        Matcher possessed = POSSESSED_ROLE.matcher(w);
        String owned = possessed.matches() ? possessed.group(2) : null;
        for (String[] row : ROLES) {
            if (row[0].equals(w) || row[0].equals(owned)) {
                return row;
            }
        }
        return null;
    }

    /**
     * A role held in something named by a common noun before it: "the ship's owner", "the agency's director" stand
     * for the person last named with the role in the same thing ("Ana Ruiz, owner of the ship"), as "the owner"
     * does for the person last named with the role.
     */
    private static final Pattern POSSESSED_ROLE = Pattern.compile("([\\p{Ll}-]+)\\s?(?:'s|’s) ([\\p{Ll} ]+)");

    /** The name of the first person mentioned in the span, or null. */
    private static String personIn(ArticleContext context, Span span) {
        for (int at = span.start(); at < span.end(); at++) {
            Mention m = context.mentionAt(at);
            if (m != null && m.type() == EntityType.PERSON && span.contains(m.span())) {
                Entity e = context.entityOf(m);
                return e != null ? e.name() : m.text();
            }
        }
        return null;
    }

    /** The name of a person, else an organization, else a place mentioned in the span; else {@code fallback}. */
    private static String nameIn(ArticleContext context, Span span, String fallback) {
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)) {
            for (int at = span.start(); at < span.end(); at++) {
                Mention m = context.mentionAt(at);
                if (m == null || m.type() != type || !span.contains(m.span())) {
                    continue;
                }
                Entity e = context.entityOf(m);
                String name = e != null ? e.name() : m.text();
                // a person by full name; a body by the words of the phrase when short ("the Ansa news agency")
                return type == EntityType.PERSON || fallback == null ? name : fallback;
            }
        }
        return fallback;
    }

    private static String stripArticle(String words) {
        return words.strip().replaceFirst("^(?i)(the|a|an)\\s+", "");
    }

    /** Words that cannot open a source's name (not-source-starts.tsv). */
    private static final Set<String> NOT_SOURCE_STARTS = WordTables.set("figures/not-source-starts.tsv");

    /** A dash between clauses: "- -", "--", "–", "—", not the spaced hyphen of a name ("Al - Sawarmi"). */
    private static final Pattern DASH = Pattern.compile("\\s(?:-\\s?-|–|—)\\s");

    /** A name in title case, commas and all: every word capitalized but "of", "and", "for", "the". */
    private static final String TITLE = "(?:\\p{Lu}[\\p{L}.'’-]*|of|and|for|the|,|\\s)+";

    /** The longest a source phrase may run, in words, before it is a piece of the sentence rather than a name. */
    private static final int MAX_SOURCE_WORDS = 10;

    /**
     * The name in a source phrase that the word rules cut too wide: the punctuation around it goes ("police
     * source,"); after a dash the words are another clause ("police - - the women were shot …"); of two parts
     * joined by a comma the one that names ("five hurt and homes damaged, local media" is local media,
     * "Ina, a nurse at a city clinic" is Ina, "one woman, who identified herself …" is one woman); a relative
     * clause is no part of the name ("reports that began at noon" are reports), nor a count before it ("1,300
     * universities" are universities); a phrase that opens with a word no name opens with, or runs past ten words,
     * is none.
     */
    /** A source that ends with where it is: "officials in Aleppo", "the ministry in Sanaa". */
    private static final Pattern PLACE_BEFORE_COMMA = Pattern.compile(
            "\\b(?:in|near|from|at)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*$");
    /** What follows a name to say who or where it is: "a Democrat", "the capital", "Yemen's capital". */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?i)(?:a|an|the)\\s.*|\\p{L}+['’]s\\s+(?:capital|largest city|second city)");

    /**
     * Figures or a report with who put them out: "figures released by the X Ministry on Tuesday", "data published by
     * Y University": the one after "by", up to a word of when.
     */
    private static final Pattern ISSUED_BY = Pattern.compile(
            "^\\S.*?\\s(?:released|issued|published|posted|compiled)\\s+by\\s+(?:[Tt]he\\s+)?(.+?)"
            + "(?:\\s+(?:on|late|early|earlier|last|this|after|at)\\b.*)?$");

    static String cleaned(String source) {
        if (source == null) {
            return null;
        }
        String s = source.strip();
        Matcher dash = DASH.matcher(s);
        if (dash.find() && dash.start() > 0) {
            s = s.substring(0, dash.start());
        }
        s = s.replaceFirst("\\s+(?:who|which|that|whose)\\s.*$", ""); // "reports that began at noon"
        // "figures released by the X Ministry on Tuesday": who released them gives them, not the figures
        Matcher issuedBy = ISSUED_BY.matcher(s);
        if (issuedBy.find()) {
            s = issuedBy.group(1);
        }
        // "according to a statement from the X Ministry released late on Tuesday after …": the body, not when
        s = s.replaceFirst("\\s+(?:released|issued|published|posted|obtained|seen)\\s.*$", "");
        s = s.replaceAll("^[\\p{Punct}\\s‘’“”–—]+|[\\p{Punct}\\s‘’“”–—&&[^.)]]+$", "").strip();
        int comma = s.lastIndexOf(", ");
        if (comma > 0 && !s.matches(TITLE)) { // "Bureau of Alcohol, Tobacco, Firearms and Explosives" is one name
            String before = s.substring(0, comma).strip();
            String after = s.substring(comma + 2).strip();
            boolean named = before.matches("(?:\\p{Lu}[\\p{L}.'’-]*\\s*)+");
            // "officials in Aleppo, Syria": the place's country or state; "Mayor Bill de Blasio, a Democrat": who he is
            boolean placed = PLACE_BEFORE_COMMA.matcher(before).find();
            boolean described = DESCRIPTION.matcher(after).matches();
            if ((firstWord(after).equals("citing") || firstWord(after).equals("quoting")) && after.contains(" ")) {
                // "Local media, citing police sources, reported …": when an outlet cites someone, the someone; a
                // body that cites its records ("The ministry, citing hospital records, said …") gives the count
                return BODY_NOUNS.contains(headNoun(before)) ? cleaned(before.replaceFirst("^[Tt]he\\s+", ""))
                        : cleaned(after.substring(after.indexOf(' ') + 1));
            }
            s = named || placed || described || after.isEmpty() || NOT_SOURCE_STARTS.contains(firstWord(after))
                    ? before : after;
        }
        s = s.replaceFirst("^\\d[\\d,.]*\\s+", ""); // "1,200 schools and colleges said"
        // "Another district officer said …": one more of a kind already named, the kind is who tells; but a name
        // whose head is capitalized keeps its first word ("Another Chance Shelter", a body's own name), the head
        // being the last word before a preposition ("Another spokesman for the Interior Ministry" is a spokesman)
        if (ANOTHER_OF_A_KIND.matcher(s).find()
                && !Character.isUpperCase(lastWord(HEAD_PHRASE_END.split(s, 2)[0]).codePointAt(0))) {
            s = ANOTHER_OF_A_KIND.matcher(s).replaceFirst("");
        }
        if (s.isEmpty() || s.split("\\s+").length > MAX_SOURCE_WORDS || NOT_SOURCE_STARTS.contains(firstWord(s))) {
            return null;
        }
        return s;
    }

    /** The last word of a name, singular and in lower case: "The health ministry" → "ministry". */
    private static String headNoun(String words) {
        String[] all = words.strip().split("\\s+");
        String last = all[all.length - 1].toLowerCase(Locale.ROOT);
        return last.endsWith("s") && last.length() > 3 ? last.substring(0, last.length() - 1) : last;
    }

    private static String lastWord(String words) {
        String[] all = words.strip().split("\\s+");
        return all[all.length - 1];
    }

    private static String firstWord(String words) {
        return words.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    /**
     * The rows with the body nouns of spokesperson-bodies.tsv in place of {@code {spokesperson-bodies}} and the words
     * of spokesperson-qualifiers.tsv in place of {@code {spokesperson-qualifiers}}: a word before "spokesman" is the
     * body only where it names one ("a police spokesman", "a Kraft spokesman", not "his spokesman" nor "His
     * spokesman" opening a sentence).
     */
    private static List<CanonicalName> withWordLists(List<String[]> rows) {
        String bodies = alternation("figures/spokesperson-bodies.tsv");
        String qualifiers = alternation("figures/spokesperson-qualifiers.tsv");
        return rows.stream()
                .map(row -> new CanonicalName(Pattern.compile(row[0].replace("{spokesperson-bodies}", bodies)
                        .replace("{spokesperson-qualifiers}", qualifiers)), row[1]))
                .toList();
    }

    private static String alternation(String wordList) {
        return WordTables.set(wordList).stream().sorted().map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The canonical name of a body ("Gaza health authorities" is "Gaza Health Ministry"), by source-names.tsv. */
    static String canonical(String source) {
        source = cleaned(source);
        if (source == null) {
            return null;
        }
        for (CanonicalName name : NAMES) {
            Matcher m = name.pattern().matcher(source.strip());
            if (m.matches()) {
                return m.replaceFirst(name.replacement());
            }
        }
        Matcher possessive = COUNTRY_POSSESSIVE.matcher(source.strip());
        if (possessive.matches() && COUNTRY_ADJECTIVES.containsKey(possessive.group(1))) {
            return COUNTRY_ADJECTIVES.get(possessive.group(1)) + " " + possessive.group(2); // "Turkish Defence Ministry"
        }
        return source;
    }
}
