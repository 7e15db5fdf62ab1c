package org.dossier.nlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.core.ResourceLines;
import org.dossier.model.Dependency;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Speaker;
import org.dossier.model.Token;

/** Finds who does the speaking of a cue verb: from its parse when there is one, else from the words around it. */
final class Subjects {

    /** The most words of a subject between a fronted clause's comma and its cue ("…, the airline said Thursday."). */
    private static final int MAX_TRAILING_SUBJECT = 6;
    private static final Set<String> TRAILING_SUBJECT_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "CD", "NN", "NNS",
            "NNP", "NNPS", "POS", "PRP$", "HYPH");

    /** What may follow a trailing subject's cue: the sentence's end, after time words (TIME_TAGS) at most. */
    private static final Set<String> TRAILING_ENDS = Set.of(".", "!", "?", ";");
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME");

    /** Relations through which a verb without its own subject shares its head's: "said X and called on Y". */
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "advcl", "xcomp", "acl");
    private static final Set<String> SKIPPABLE = Set.of("has", "have", "had", "was", "were", "is", "are", "also",
            "then", "later", "again", "already", "previously", "earlier", "once", "would", "will", "had been");

    private static final Set<String> RELATIVES = Set.of("who", "that", "which");

    private final SpeakerResolver speakers;

    Subjects(SpeakerResolver speakers) {
        this.speakers = speakers;
    }

    /** Whether a speaker is a person: one named as a person, or described by a role or a noun of people. */
    boolean isPerson(Speaker speaker) {
        return speaker != null && (speaker.anonymous() || speakers.isPerson(speaker)
                || SpeakerResolver.describesAPerson(speaker));
    }

    /** The speaker of the cue at {@code cue}, or null. */
    Speaker of(Sentence sentence, int cue, SentenceParse parse, Speaker previous) {
        if (parse != null) {
            int subject = parsedSubject(sentence, parse, cue);
            if (subject < 0) {
                subject = appositiveName(sentence, cue);
            }
            if (subject < 0) {
                subject = participleSubject(sentence, parse, cue);
            }
            if (subject < 0) {
                subject = trailingSubject(sentence, cue);
            }
            if (subject < 0) {
                subject = participleOnANoun(sentence, parse, cue);
            }
            if (subject < 0) {
                subject = frontedParticipleSubject(sentence, parse, cue);
            }
            Speaker speaker = subject < 0 ? null : speakers.fromToken(sentence, subject, parse, previous);
            return speaker != null ? speaker : nameBefore(sentence, cue, previous);
        }
        return surface(sentence, cue, previous);
    }

    /** Relations of a cue that set it inside another clause: a relative, an adverbial ("as we've said"). */
    private static final Set<String> SUBORDINATE = Set.of("acl:relcl", "acl", "advcl");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** Marks of an indirect question: its clause asks, it does not claim ("asked the clerk whether …"). */
    private static final Set<String> QUESTION_MARKS = Set.of("whether", "if");
    /** Tags of a wh-word, which opens an indirect question ("asked the clerk why …", "told us what …"). */
    private static final Set<String> WH_TAGS = Set.of("WDT", "WP", "WP$", "WRB");

    /**
     * Whether the cue states a clause as a claim: a clausal complement with a subject of its own, the cue neither
     * negated nor subordinate, and the sentence not a question.
     */
    private static boolean assertsAClause(Sentence sentence, SentenceParse parse, int cue) {
        int clause = parse.dependent(cue, "ccomp");
        Dependency arc = parse.arcOf(cue);
        if (clause < 0 || sentence.tokens().getLast().word().equals("?")
                || arc != null && SUBORDINATE.contains(arc.relation()) || asksAQuestion(sentence, parse, clause)) {
            return false;
        }
        // "We do not want to claim that …": the negation may stand on the verb the cue completes
        int negatable = arc != null && arc.relation().equals("xcomp") && arc.head() >= 0 ? arc.head() : cue;
        for (int verb : new int[] {cue, negatable}) {
            for (Dependency d : parse.dependents(verb)) {
                if (NEGATIONS.contains(word(sentence, d.dependent())) && d.dependent() < verb) {
                    return false;
                }
            }
        }
        for (Dependency d : parse.dependents(clause)) {
            if (d.relation().startsWith("nsubj") || d.relation().equals("expl")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause is an indirect question: marked "whether" or "if", or opened by a wh-word. */
    private static boolean asksAQuestion(Sentence sentence, SentenceParse parse, int clause) {
        for (Dependency d : parse.dependents(clause)) {
            if (d.relation().equals("mark") && QUESTION_MARKS.contains(word(sentence, d.dependent()))) {
                return true;
            }
        }
        // "that" opens a claim, whatever tag a tagger gives it
        int first = parse.subtreeBounds(clause)[0];
        return WH_TAGS.contains(sentence.tokens().get(first).pos()) && !word(sentence, first).equals("that");
    }

    /**
     * Whether the first person stands after a colon that a verb of speech opens ("Tarrow wrote: I promised you that
     * …"): the words are the cue's speaker's, whose "I" is that speaker, not the writer of the page.
     */
    private static boolean afterAWritersColon(Sentence sentence, int subject) {
        List<Token> tokens = sentence.tokens();
        for (int colon = subject - 1; colon > 0; colon--) {
            if (tokens.get(colon).word().equals(":")) {
                for (Token token : tokens.subList(0, colon)) {
                    if (token.pos().startsWith("VB")
                            && SpeechCues.CLAUSAL.contains(token.lemma().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The pronouns of the first person that speak for the writer or the text's narrator. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");

    /**
     * "I told the clerk that the depot would reopen", "We have said that …": a first-person subject
     * with nothing in the text to stand for, the writer of a column or the narrator of an excerpt. Named by its own
     * word, as a reader of the page would name it; the subject the parse gives, through a verb the cue shares it
     * with ("I wrote to the clerk … and said …"). Only where the cue asserts a clause of its own: blogs, reviews and
     * fiction use the first person with verbs of speech that report no claim ("I forgot to mention my quibbles", "I
     * remembered the noise", "as we have noted before", "where I show you …", "We do not want to claim that …",
     * "Why would I vow …?"), seen on the broad crawl, nor an indirect question ("I asked the clerk whether …"), nor
     * after a colon a writer's cue opens (the review of session fifteen). Null for any other subject, or none.
     */
    Speaker firstPerson(Sentence sentence, int cue, SentenceParse parse) {
        int subject = parse == null || !assertsAClause(sentence, parse, cue) ? -1
                : parsedSubject(sentence, parse, cue);
        if (subject < 0 || afterAWritersColon(sentence, subject)) {
            return null;
        }
        Token token = sentence.tokens().get(subject);
        return token.pos().equals("PRP") && FIRST_PERSON.contains(word(sentence, subject))
                ? new Speaker(token.word(), null, token.span()) : null;
    }

    /**
     * "Mrs. Clinton added that …", "WASHINGTON — Hillary Clinton argued …": when the parse gives the cue no subject
     * that names anyone (it hung the name elsewhere, or took the dateline for the subject), a name right before the
     * cue, but for adverbs and auxiliaries, speaks. Only a named entity: a common noun there ("voters") may be
     * anything's; not one inside a phrase of its own ("a report from Bloomberg noted", "Joel Pollak of Breitbart
     * observed"), nor the subject of a passive ("Rubio was asked"), who is spoken to.
     */
    private Speaker nameBefore(Sentence sentence, int cue, Speaker previous) {
        List<Token> tokens = sentence.tokens();
        int left = cue - 1;
        while (left >= 0 && (tokens.get(left).pos().startsWith("RB") || tokens.get(left).pos().equals("MD")
                || SKIPPABLE.contains(word(sentence, left)))) {
            if (PASSIVE_AUXILIARIES.contains(word(sentence, left)) && tokens.get(cue).pos().equals("VBN")) {
                return null;
            }
            left--;
        }
        if (left < 0 || !speakers.isNamed(tokens.get(left))) {
            return null;
        }
        int first = left;
        while (first > 0 && speakers.isNamed(tokens.get(first - 1))) {
            first--;
        }
        boolean insidePhrase = first > 0 && (tokens.get(first - 1).pos().equals("IN")
                || tokens.get(first - 1).pos().equals("TO") || tokens.get(first - 1).pos().equals("POS"));
        return insidePhrase ? null : speakers.fromToken(sentence, left, null, previous);
    }

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "been", "be",
            "being");

    private static String word(Sentence sentence, int i) {
        return sentence.tokens().get(i).word().toLowerCase(Locale.ROOT);
    }

    /**
     * The leads of a participle that are prepositions: the verb they follow stands in the same stretch of the
     * sentence. "turned to arguing that …", "joined her in calling for …", "left without saying …": the parser hangs
     * such a gerund on the verb as an oblique, which shares no subject; not "for" or "of", whose gerund is often the
     * object's ("faulted Kay for saying …", "accused him of claiming …").
     */
    private static final Set<String> PREPOSITION_LEADS = Set.of("to", "in", "without", "upon");
    /** Words that set off a participle cue from the clause whose subject speaks: "…, saying", "…, before insisting". */
    private static final Set<String> PARTICIPLE_LEADS = Stream.concat(
            Stream.of(",", "by", "before", "after", "while", "when"), PREPOSITION_LEADS.stream())
            .collect(Collectors.toUnmodifiableSet());
    /**
     * Tokens that end such a stretch: a gerund after one speaks for no verb before them ("…,” said Lee, a voice in
     * urging …").
     */
    private static final Set<String> STRETCH_ENDS = Set.of(",", ";", ":", "''", "``");

    /**
     * "Lund attacked Moreno, saying she would …", "Lund told reporters, before stressing …": a participle cue set
     * off after a clause speaks for that clause's subject, however the parser hung it (it often makes the participle
     * a marker or an oblique of the next clause). The subject of the nearest verb (or copular predicate) before it
     * that has one, or -1.
     */
    private static int participleSubject(Sentence sentence, SentenceParse parse, int cue) {
        List<Token> tokens = sentence.tokens();
        int lead = cue - 1;
        while (lead >= 0 && tokens.get(lead).pos().startsWith("RB")) {
            lead--;
        }
        int from = lead - 1;
        if (lead >= 1 && tokens.get(lead).pos().equals("''") && tokens.get(lead - 1).word().equals(",")) {
            // "blamed it on a “faulty microphone,” claiming …": the comma stands inside the closing mark, and the
            // subject is the reporter's clause's, not one inside the quotation ("told Newsmax that Romney “had a
            // crazy policy …,” adding …" is Trump's)
            lead--;
            from = openingMark(tokens, lead) - 1;
        }
        if (!tokens.get(cue).pos().equals("VBG") || lead < 1 || !PARTICIPLE_LEADS.contains(word(sentence, lead))) {
            return -1;
        }
        boolean preposition = PREPOSITION_LEADS.contains(word(sentence, lead));
        for (int verb = from; verb >= 0; verb--) {
            if (preposition && STRETCH_ENDS.contains(tokens.get(verb).pos())) {
                return -1; // "…, a first voice in urging …": the verb before the comma is another clause's
            }
            int inverted = invertedCueSubject(sentence, parse, verb, lead);
            if (inverted >= 0) {
                return inverted;
            }
            // a verb, or the predicate of a copula that has the subject ("The governor has stayed out of it, arguing")
            int subject = nearestSubject(parse, verb);
            if (subject >= 0 && subject < verb && isRelative(sentence, subject)) {
                int antecedent = antecedent(sentence, subject, parse.arcOf(verb));
                if (antecedent >= 0) {
                    return antecedent;
                }
                // "Moreno has denounced members who post crude insults, saying …": a relative clause that
                // names no one sits inside the clause whose subject speaks; look on before it
                verb = subject;
            } else if (subject >= 0 && subject < verb) {
                return adds(sentence, cue) ? reportersSubject(sentence, parse, verb, subject) : subject;
            }
        }
        return -1;
    }

    /** Tags of the words of a speaker named after its cue ("said Mara Quill", "said the council's lawyer"). */
    private static final Set<String> INVERTED_NAME_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "POS",
            "PRP$");

    /**
     * "“…,” said Mara Quill, suggesting that …": a speech verb whose speaker follows it, and nothing but that
     * speaker's words between them and the participle's lead. The speaker of the inverted attribution is the one who
     * goes on speaking; without this the search for a subject before the participle runs on into the quotation and
     * takes a noun of it ("the plan"). The speaker's head, its subject where the parser gave it one after the verb,
     * else (only right after a quotation's closing mark) the last noun of those words; -1 where the verb is no such
     * cue.
     */
    private static int invertedCueSubject(Sentence sentence, SentenceParse parse, int verb, int lead) {
        List<Token> tokens = sentence.tokens();
        boolean afterComma = verb >= 1 && tokens.get(verb - 1).word().equals(",");
        boolean afterQuotation = verb >= 1 && tokens.get(verb - 1).pos().equals("''")
                || afterComma && verb >= 2 && tokens.get(verb - 2).pos().equals("''");
        if (verb + 1 >= lead || !(afterComma || afterQuotation)
                || SpeechCues.quotationCueLemma(sentence, verb) == null || !tokens.get(verb).pos().startsWith("VB")) {
            return -1; // "Lund told reporters, adding …": a verb after its own subject is no inverted attribution
        }
        int head = -1;
        for (int i = verb + 1; i < lead; i++) {
            String pos = tokens.get(i).pos();
            if (!INVERTED_NAME_TAGS.contains(pos)) {
                return -1;
            }
            head = pos.startsWith("NN") ? i : head;
        }
        int subject = nearestSubject(parse, verb);
        if (subject >= 0 && subject < verb) {
            return -1;
        }
        if (subject > verb && subject < lead) {
            return subject;
        }
        // after a bare comma, a verb with no subject after it is as often a second verb of the clause before, its
        // object a listener ("The senator left early, told reporters, adding …"): the old search finds its subject
        return afterQuotation ? head : -1;
    }

    /** Whether the cue is a participle that goes on with what its speaker said before it: "…, adding …". */
    private static boolean adds(Sentence sentence, int cue) {
        Token token = sentence.tokens().get(cue);
        return token.pos().equals("VBG") && "add".equalsIgnoreCase(token.lemma());
    }

    /**
     * "Lund said the vote was close, adding …": the nearest clause before "adding" is what someone said, the
     * clausal complement of a cue before it; the one who adds is the one who said it, the cue's subject, not the
     * subject of the clause said ("the vote"). One step only, and not from a clause that is itself a cue of saying:
     * its subject said something and is the one who adds ("“…,” Lund said, adding …", however the parser hangs
     * "said" on the quotation's verb). The subject found else.
     */
    private static int reportersSubject(Sentence sentence, SentenceParse parse, int verb, int subject) {
        Dependency arc = parse.arcOf(verb);
        if (SpeechCues.CLAUSAL.contains(lemma(sentence, verb)) || arc == null || !arc.relation().equals("ccomp")
                || arc.head() < 0 || arc.head() > verb || !SpeechCues.CLAUSAL.contains(lemma(sentence, arc.head()))) {
            return subject;
        }
        int cueSubject = nearestSubject(parse, arc.head());
        return cueSubject >= 0 && cueSubject < arc.head() ? cueSubject : subject;
    }

    private static String lemma(Sentence sentence, int i) {
        return sentence.tokens().get(i).lemma().toLowerCase(Locale.ROOT);
    }

    /**
     * "Hale had logged 1,940 sailing hours with Northline, the ferry firm said Monday.": a cue that ends its sentence
     * (but for a time phrase) after a comma and a short noun phrase; the parser often hangs that phrase on the
     * clause before it (in apposition), leaving the cue no subject. The phrase's last noun speaks; -1 when the shape
     * does not hold.
     */
    private static int trailingSubject(Sentence sentence, int cue) {
        List<Token> tokens = sentence.tokens();
        int after = cue + 1;
        while (after < tokens.size() && TIME_TAGS.contains(tokens.get(after).ner())) {
            after++;
        }
        if (after < tokens.size() && !TRAILING_ENDS.contains(tokens.get(after).word())) {
            return -1;
        }
        int head = -1;
        int i = cue - 1;
        for (; i >= 0 && cue - i <= MAX_TRAILING_SUBJECT; i--) {
            Token token = tokens.get(i);
            if (token.word().equals(",")) {
                break;
            }
            if (!TRAILING_SUBJECT_TAGS.contains(token.pos())) {
                return -1;
            }
            head = head < 0 && token.pos().startsWith("NN") ? i : head;
        }
        return i >= 1 && tokens.get(i).word().equals(",") ? head : -1;
    }

    /** Nouns of documents and messages, whose participle speaks for their maker: {@code speech-document-nouns.txt}. */
    private static final Set<String> DOCUMENT_NOUNS = Set.copyOf(
            ResourceLines.read(Subjects.class, "speech-document-nouns.txt"));
    /** Whether a noun (lemma) names a document or a message ("report", "statement", "letter"). */
    static boolean isDocumentNoun(String lemma) {
        return DOCUMENT_NOUNS.contains(lemma);
    }

    /** Verbs whose subject makes or sends a document: {@code document-making-verbs.txt}. */
    private static final Set<String> MAKING_VERBS = Set.copyOf(
            ResourceLines.read(Subjects.class, "document-making-verbs.txt"));
    /** Prepositions of a document that is the medium of its verb's subject's words ("in a letter", "via a post"). */
    private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "via", "through");
    /**
     * Relations of people who may be whom the words were told, not who told them: "mailed its members saying …",
     * "wrote to the staff saying …".
     */
    private static final Set<String> ADDRESSEE_RELATIONS = Set.of("obj", "iobj", "obl");
    /** Tokens that may stand between the noun and its participle: its modifiers ("a letter from the board urging"). */
    private static final Set<String> NOUN_MODIFIER_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP",
            "NNPS", "POS", "PRP$", "HYPH", "IN", "TO", "RB");

    /**
     * "The campaign issued a statement saying …", "Lund wrote in a letter urging …", "a report warning that …",
     * "residents saying …": a speech participle the parser hangs on a noun (acl) before it. A document or message
     * speaks for its maker, the subject of a verb that made or sent it or spoke through it ({@link #madeBy}: news
     * gives a statement's words to whoever issued it, not to whoever received or denied it), else for itself; a name or a noun of people speaks for
     * itself, unless it is an object or oblique, whom the words may have been told. Not other nouns: a participle
     * on an event or a thing is often no speech ("a cable charging", "evidence suggesting"). Only with words of the
     * noun's phrase between it and the participle, no comma or verb. The speaking token, or -1.
     */
    private static int participleOnANoun(Sentence sentence, SentenceParse parse, int cue) {
        List<Token> tokens = sentence.tokens();
        Dependency arc = parse.arcOf(cue);
        if (!tokens.get(cue).pos().equals("VBG") || arc == null || !arc.relation().equals("acl")
                || arc.head() < 0 || arc.head() >= cue) {
            return -1;
        }
        int noun = arc.head();
        for (int i = noun + 1; i < cue; i++) {
            if (!NOUN_MODIFIER_TAGS.contains(tokens.get(i).pos())) {
                return -1;
            }
        }
        Token head = tokens.get(noun);
        String lemma = head.lemma() == null ? word(sentence, noun) : head.lemma().toLowerCase(Locale.ROOT);
        if (DOCUMENT_NOUNS.contains(lemma) && head.pos().startsWith("NN")) {
            int maker = madeBy(sentence, parse, noun) ? parsedSubject(sentence, parse, parse.arcOf(noun).head()) : -1;
            return maker >= 0 ? maker : noun;
        }
        Dependency role = parse.arcOf(noun);
        boolean addressee = role != null && ADDRESSEE_RELATIONS.contains(role.relation());
        return !addressee && (isName(head) || head.pos().startsWith("NN") && SpeakerResolver.isPersonNoun(lemma)) ? noun
                : -1;
    }

    /**
     * Whether the verb the document noun hangs on says that its subject made or sent it: the noun is that verb's
     * object and the verb one of making or sending ("issued a statement"), or its oblique as the medium ("said in a
     * letter"). Not a verb that receives, cites, answers or disputes the document ("denied a report saying …"):
     * its subject may reject what the document says.
     */
    private static boolean madeBy(Sentence sentence, SentenceParse parse, int noun) {
        Dependency made = parse.arcOf(noun);
        if (made == null || made.head() < 0 || !sentence.tokens().get(made.head()).pos().startsWith("VB")) {
            return false;
        }
        if (made.relation().equals("obj")) {
            return MAKING_VERBS.contains(sentence.tokens().get(made.head()).lemma().toLowerCase(Locale.ROOT));
        }
        int preposition = parse.dependent(noun, "case");
        return made.relation().equals("obl") && preposition >= 0
                && MEDIUM_PREPOSITIONS.contains(word(sentence, preposition));
    }

    /** The token of the opening quotation mark before {@code at}, or {@code at} when there is none. */
    private static int openingMark(List<Token> tokens, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (tokens.get(i).pos().equals("``")) {
                return i;
            }
        }
        return at;
    }

    /** Prepositions by which a description of people names someone else: "friends of Mr. Clinton's". */
    private static final Set<String> DESCRIBING_PREPOSITIONS = Set.of("of", "for");

    /**
     * "Friends of Ms. Lund's who have met her at the market lately say …": the parser may hang the relative
     * clause on the name inside the description and take that name for the cue's subject, where the description's
     * noun speaks. A name the subject's parse gives right after "of" or "for" and a common noun stands inside that
     * noun's phrase: the noun is the subject. Else the subject as given.
     */
    private static int headOfDescription(Sentence sentence, int subject) {
        if (subject < 2) {
            return subject;
        }
        List<Token> tokens = sentence.tokens();
        int first = subject;
        while (first > 0 && tokens.get(first - 1).pos().startsWith("NNP")) {
            first--;
        }
        if (!tokens.get(subject).pos().startsWith("NNP") || first < 2
                || !DESCRIBING_PREPOSITIONS.contains(word(sentence, first - 1))) {
            return subject;
        }
        String noun = tokens.get(first - 2).pos();
        return noun.equals("NN") || noun.equals("NNS") ? first - 2 : subject;
    }

    /** How far back from its cue a name with a long apposition may stand. */
    private static final int APPOSITION_REACH = 40;

    /**
     * "Shane Shook, a water engineer who has helped examine the breaches, said …": a long apposition often
     * leaves the parser without a subject for the cue. When the cue follows a comma, the last name before it that
     * is followed by a comma opens the apposition and speaks. The token of that name, or -1.
     */
    private int appositiveName(Sentence sentence, int cue) {
        int comma = commaBeforeCue(sentence, cue);
        if (comma < 2) {
            return -1;
        }
        for (int i = comma - 1; i >= 1 && cue - i <= APPOSITION_REACH; i--) {
            if (sentence.tokens().get(i).word().equals(",") && speakers.isNamed(sentence.tokens().get(i - 1))) {
                return i - 1;
            }
        }
        return -1;
    }

    /**
     * The comma right before the cue, or before the adverbs and auxiliaries that precede it ("Ana Ruiz, who chairs
     * the board, also noted …", "…, has said …"), where the apposition closes; -1 when none.
     */
    private static int commaBeforeCue(Sentence sentence, int cue) {
        int i = cue - 1;
        while (i >= 0 && (sentence.tokens().get(i).pos().startsWith("RB")
                || AUXILIARIES.contains(word(sentence, i)))) {
            i--;
        }
        return i >= 0 && sentence.tokens().get(i).word().equals(",") ? i : -1;
    }

    /** Words that open a participle clause of time or means before the clause whose subject it shares. */
    private static final Set<String> FRONTED_PARTICIPLE_LEADS = Set.of("after", "before", "while", "when", "since",
            "upon", "on", "by", "in");

    /**
     * "Before insisting that the vote was rigged, her team asked for a recount", "While claiming that …, Lee
     * conceded …": a participle cue that a word of time or means opens before the main clause speaks for that
     * clause's subject, as English reads a fronted participle; the parser hangs it on the main verb as an oblique,
     * which shares no subject. Only where the participle stands before the verb and a comma closes its clause. The
     * token of the main verb's subject, or -1.
     */
    private static int frontedParticipleSubject(Sentence sentence, SentenceParse parse, int cue) {
        Dependency arc = parse.arcOf(cue);
        if (!sentence.tokens().get(cue).pos().equals("VBG") || arc == null || arc.head() <= cue
                || !arc.relation().equals("obl") && !arc.relation().equals("advcl")) {
            return -1;
        }
        int lead = parse.dependent(cue, "case", "mark");
        int end = parse.subtreeBounds(cue)[1];
        if (lead < 0 || lead != cue - 1 || !FRONTED_PARTICIPLE_LEADS.contains(word(sentence, lead))
                || end + 1 >= arc.head() || !sentence.tokens().get(end + 1).word().equals(",")) {
            return -1;
        }
        int subject = nearestSubject(parse, arc.head());
        return subject > end && !isRelative(sentence, subject) ? headOfDescription(sentence, subject) : -1;
    }

    /** The tags of a finite verb in the past or the third person present: "said", "says". */
    private static final Set<String> FINITE_PAST_OR_PRESENT = Set.of("VBD", "VBZ");

    /** Verbs whose object is whom they address: without one, after a passive, they are passive too. */
    private static final Set<String> ADDRESSING = Set.copyOf(
            ResourceLines.read(Subjects.class, "addressing-verbs.txt"));

    /**
     * "Lee was examined and told to rest": a verb that takes whom it addresses for its object, with none, shares the
     * passive's auxiliary (Lee was told); the tagger may read it as a past tense all the same.
     */
    private static boolean addressedWithoutAddressee(Sentence sentence, SentenceParse parse, int cue) {
        return ADDRESSING.contains(sentence.tokens().get(cue).lemma().toLowerCase(Locale.ROOT))
                && parse.dependent(cue, "obj") < 0 && parse.dependent(cue, "iobj") < 0;
    }

    /** Whether the verb heads the sentence, or a verb joined to the one that does. */
    private static boolean isMainClause(SentenceParse parse, int verb) {
        Dependency arc = parse.arcOf(verb);
        while (arc != null && arc.head() >= 0 && arc.relation().equals("conj")) {
            arc = parse.arcOf(arc.head());
        }
        return arc == null || arc.head() < 0;
    }

    /** Auxiliaries that may stand between an apposition's closing comma and its cue. */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had");

    /** Passives whose subject is the speech verb's under them: {@code raising-passives.txt}. */
    private static final Set<String> RAISING_PASSIVES = Set.copyOf(
            ResourceLines.read(Subjects.class, "raising-passives.txt"));

    /** How many verbs up a cue without a subject of its own looks for the one it shares ("…, and then said"). */
    private static final int MAX_SHARED_LEVELS = 3;

    /**
     * The token that is the subject of the cue: its own, or for a verb that has none, the subject of the verb it is
     * joined to, climbing a few verbs ("Ruth Lang, who opened her gate and said …"; "Kasich offered the
     * man a job, then says …", where the parser hangs the second verb loosely). -1 when there is none.
     */
    private static int parsedSubject(Sentence sentence, SentenceParse parse, int cue) {
        int verb = cue;
        boolean joined = false;
        for (int level = 0; level <= MAX_SHARED_LEVELS; level++) {
            int subject = nearestSubject(parse, verb);
            if (subject < 0 && joined && isMainClause(parse, verb) && FINITE_PAST_OR_PRESENT.contains(
                    sentence.tokens().get(cue).pos()) && !addressedWithoutAddressee(sentence, parse, cue)) {
                // "Lee was pressed for an answer and said …": a finite verb joined to a passive shares its subject;
                // not a passive inside a clause of its own ("Lee said the fee was set by the council and said …",
                // "a port where ships are kept waiting, and warn …"), to which the parser often joins the next verb
                // of the subject above, nor a noun the tagger took for a verb ("was drawn from … and plan notes")
                subject = parse.dependent(verb, "nsubj:pass");
            }
            if (subject < 0) {
                subject = reducedRelativeSubject(sentence, parse, verb);
            }
            Dependency arc = parse.arcOf(verb);
            if (subject >= 0 && verb != cue && adds(sentence, cue)) {
                // the parser hung "adding" on the clause said: the one who said it adds
                int reporter = reportersSubject(sentence, parse, verb, subject);
                if (reporter != subject) {
                    return headOfDescription(sentence, reporter);
                }
            }
            if (subject >= 0) {
                // a relative's antecedent may be the name after "of" ("no mention of Ned Alder, who said …")
                return isRelative(sentence, subject) ? antecedent(sentence, subject, arc)
                        : headOfDescription(sentence, subject);
            }
            if (arc == null || arc.head() < 0 || !sharesSubject(sentence, arc)) {
                return -1;
            }
            String headLemma = sentence.tokens().get(arc.head()).lemma().toLowerCase(Locale.ROOT);
            boolean quotedAs = arc.relation().equals("advcl") && headLemma.equals("quote");
            if (arc.relation().equals("xcomp") || quotedAs) {
                // "asked him to say …", "the paper quoted Lund as saying …": the object speaks, not the subject
                int controller = parse.dependent(arc.head(), "obj");
                if (controller < 0 && nearestSubject(parse, arc.head()) < 0
                        && (quotedAs || RAISING_PASSIVES.contains(headLemma))) {
                    // "Lund is expected to announce …", "Lund is said to have warned …", "Lund was quoted as
                    // saying …": the passive's subject is the infinitive's or the participle's
                    controller = parse.dependent(arc.head(), "nsubj:pass");
                    controller = controller >= 0 && isRelative(sentence, controller)
                            ? antecedent(sentence, controller, parse.arcOf(arc.head())) : controller;
                }
                if (controller >= 0) {
                    return controller;
                }
            }
            joined = arc.relation().equals("conj");
            verb = arc.head();
        }
        return -1;
    }

    /**
     * "People told of the change said …", "Officials involved in the talks said …": the tagger reads the participle
     * of a reduced relative as a past tense, and the parser makes it a clausal subject of the cue, whose own subject
     * is the noun right before it. That noun speaks; -1 when the cue has no such clausal subject.
     */
    private static int reducedRelativeSubject(Sentence sentence, SentenceParse parse, int verb) {
        int clause = parse.dependent(verb, "csubj");
        if (clause < 1 || clause > verb || !sentence.tokens().get(clause).pos().startsWith("VB")) {
            return -1;
        }
        int noun = parse.dependent(clause, "nsubj");
        return noun == clause - 1 && sentence.tokens().get(noun).pos().startsWith("NN") ? noun : -1;
    }

    /**
     * The verb's subject nearest before it, else its first: where the parser gave it two, the other is a dateline
     * or a fronted phrase ("MACAU (Reuters) – Top donor Sheldon Adelson said …").
     */
    private static int nearestSubject(SentenceParse parse, int verb) {
        int first = -1;
        int nearest = -1;
        for (Dependency arc : parse.dependents(verb)) {
            if (arc.relation().equals("nsubj")) {
                first = first < 0 ? arc.dependent() : first;
                nearest = arc.dependent() < verb ? arc.dependent() : nearest;
            }
        }
        return nearest >= 0 ? nearest : first;
    }

    /**
     * Whether a verb without a subject speaks for the subject of its head: joined to it ({@link #SHARES_SUBJECT}),
     * or hung loosely after it ({@code dep}), as the parser does with a trailing participle ("…, saying (that) …")
     * or a second verb ("…, then says …").
     */
    private static boolean sharesSubject(Sentence sentence, Dependency arc) {
        return SHARES_SUBJECT.contains(arc.relation()) || arc.relation().equals("dep")
                && sentence.tokens().get(arc.dependent()).pos().equals("VBG") && arc.dependent() > arc.head();
    }

    private static boolean isRelative(Sentence sentence, int token) {
        return RELATIVES.contains(sentence.tokens().get(token).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "Ned Alder, who announced he is leaving the race": Alder speaks; "farmers who say the levy is a sinkhole", "those
     * who said …": "who" stands for people, whoever they are, and they speak (a poll's answers too, as news reports
     * them). "that" and "which" only for a name: they may stand for anything. The parser hangs the clause on its
     * antecedent as a relative clause, or loosely (dep); else a name stands before "<name>, who". -1 when none.
     */
    private static int antecedent(Sentence sentence, int relative, Dependency arc) {
        if (arc != null && arc.head() >= 0 && (arc.relation().equals("acl:relcl") || arc.relation().equals("dep"))) {
            Token head = sentence.tokens().get(arc.head());
            boolean people = word(sentence, relative).equals("who") && arc.head() < relative
                    && (head.pos().startsWith("NN") || head.word().equalsIgnoreCase("those"));
            return isName(head) || people ? arc.head() : -1;
        }
        return relative >= 2 && sentence.tokens().get(relative - 1).word().equals(",")
                && isName(sentence.tokens().get(relative - 2)) ? relative - 2 : -1;
    }

    private static boolean isName(Token token) {
        return token.ner() != null && !token.ner().equals("O") && token.pos().startsWith("NNP");
    }

    /**
     * The speaker named between a closing quotation mark and its cue ("“…,” Jean-Marc Ayrault, the French foreign
     * minister, told"; "“…,” he added"), or after the cue when nothing is between ("“…,” said Kerry"). The parse of
     * such sentences often takes a word inside the quote for the subject, so the surface decides here.
     */
    Speaker between(Sentence sentence, int from, int cue, Speaker previous) {
        for (int i = from; i < cue; i++) {
            if (speakers.isNamed(sentence.tokens().get(i))) {
                return speakers.fromToken(sentence, i, null, previous);
            }
        }
        return surface(sentence, cue, previous);
    }

    boolean isNamed(Token token) {
        return speakers.isNamed(token);
    }

    /** Whether the token is part of a person's name. */
    boolean isPerson(Token token) {
        return speakers.isPerson(token);
    }

    /** Whether the token is a pronoun that stands for a person ("he", "she"). */
    boolean isPersonalPronoun(Token token) {
        return speakers.isPersonalPronoun(token);
    }

    /** The speaker a named token names. */
    Speaker named(Sentence sentence, int token, Speaker previous) {
        return speakers.fromToken(sentence, token, null, previous);
    }

    /** Without a parse: the name just before the cue ("Kerry said"), else just after it ("said Kerry"). */
    private Speaker surface(Sentence sentence, int cue, Speaker previous) {
        int left = cue - 1;
        while (left >= 0 && skippable(sentence.tokens().get(left))) {
            left--;
        }
        if (left >= 0) {
            Speaker speaker = speakers.fromToken(sentence, left, null, previous);
            if (speaker != null) {
                return speaker;
            }
        }
        int right = lastNounAfter(sentence, cue + 1);
        return right < sentence.tokens().size() ? speakers.fromToken(sentence, right, null, previous) : null;
    }

    /**
     * The head noun of the phrase that starts at {@code start}: its last noun, past a possessive and the
     * adjectives after it ("said the county's senior judge": the judge speaks, the county is whose judge).
     */
    private static int lastNounAfter(Sentence sentence, int start) {
        List<Token> tokens = sentence.tokens();
        int right = start;
        boolean possessed = false;
        for (int i = start + 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (isNounish(token)) {
                right = i;
            } else if (token.pos().equals("POS") && isNounish(tokens.get(i - 1)) && !possessed) {
                possessed = true;
            } else if (!possessed || !POSSESSED_MODIFIERS.contains(token.pos())) {
                break;
            }
        }
        return right;
    }

    private static boolean skippable(Token token) {
        String pos = token.pos();
        return pos.startsWith("RB") || pos.equals("MD") || pos.equals(",") || SKIPPABLE.contains(token.word().toLowerCase());
    }

    /** What may stand between a possessive and its noun: "the county's senior judge", "the city's acting clerk". */
    private static final Set<String> POSSESSED_MODIFIERS = Set.of("JJ", "JJR", "JJS", "VBN", "VBG", "HYPH", "CD");

    private static boolean isNounish(Token token) {
        return token.pos().startsWith("NN");
    }
}
