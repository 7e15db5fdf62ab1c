package org.dossier.nlp.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.core.ResourceLines;
import org.dossier.model.Dependency;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Token;

/**
 * Finds reported speech in parsed sentences: the clausal complement of a speech verb ("Ayrault said Russia would
 * …", "France wants …, Ayrault said"), the addressee and task of an appeal ("called on Russia to halt …"), the
 * object of a characterization ("called the shelling a war crime") or expression ("expressed outrage at …"), and
 * the clause an "according to" phrase attributes.
 */
final class ReportedSpeech {

    /** "That's according to …": the demonstratives, and the forms of "be" after them. */
    private static final Set<String> ANAPHORIC_LEADS = Set.of("that", "this");
    private static final Set<String> FORMS_OF_BE = Set.of("'s", "’s", "is", "was");

    /** Nouns after "according to" that name no one: from {@code not-source-nouns.txt}. */
    private static final Set<String> NOT_SOURCES = Set.copyOf(
            ResourceLines.read(ReportedSpeech.class, "not-source-nouns.txt"));

    /**
     * One reported quote: its content, the attribution, and the cue words.
     *
     * @param parts the content's parts where the attribution interrupts it ("The plan, he said, is simple"), else
     *     null
     */
    record Found(Span content, Attribution attribution, Span cueSpan, String cue, List<Span> parts) {

        Found(Span content, Attribution attribution, Span cueSpan, String cue) {
            this(content, attribution, cueSpan, cue, null);
        }
    }

    private static final Set<String> LEADING_MARKS = Set.of("that", "whether", ",", ":", ";", "-", "--", "–", "—");
    private static final Set<String> TRAILING = Set.of(".", ",", ";", ":", "-", "--", "–", "—");
    private static final Set<String> CASE_MARKERS = Set.of("on", "for", "with", "upon", "to");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "csubj", "expl");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> TIME_WORDS = Set.of("on", "last", "this", "late", "early", "earlier", "later",
            "in", "at");
    private static final int MIN_CONTENT_TOKENS = 3;
    private static final int MIN_CHARACTERIZATION_TOKENS = 2;
    private static final int MIN_OBJECT_TOKENS = 2;
    private static final int MIN_CHARGE_TOKENS = 1;
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "then");

    private final ArticleView view;
    private final Subjects subjects;
    private final SpeakerResolver speakers;
    private final DirectAttributor direct;

    ReportedSpeech(ArticleView view, Subjects subjects, SpeakerResolver speakers, DirectAttributor direct) {
        this.view = view;
        this.subjects = subjects;
        this.speakers = speakers;
        this.direct = direct;
    }

    /** The last speaker of a report before, and its sentence's index: "they" and "it" may stand for it. */
    private Speaker previous;
    private int previousSentence = -1;
    /** How many sentences on a report's speaker may still be "they" or "it" ("Officials said …. They added …"). */
    private static final int PREVIOUS_REACH = 2;

    private Speaker previous(Sentence sentence) {
        return previous != null && sentence.index() - previousSentence <= PREVIOUS_REACH ? previous : null;
    }

    private Speaker remember(Sentence sentence, Speaker speaker) {
        if (speaker != null) {
            previous = speaker;
            previousSentence = sentence.index();
        }
        return speaker;
    }

    /**
     * The speaker of the cue at {@code cue}: its subject, else a first-person "I" or "we" (the writer, or the
     * speaker of a first-person text: "I told the clerk that …"), which stands for no one named before and so is not
     * remembered for a "they" or "it" after it.
     */
    private Speaker speakerOf(Sentence sentence, int cue, SentenceParse parse) {
        Speaker speaker = remember(sentence, subjects.of(sentence, cue, parse, previous(sentence)));
        return speaker != null ? speaker : subjects.firstPerson(sentence, cue, parse);
    }

    /** The reports in one sentence; called for an article's sentences in order, as "they" may take the speaker before. */
    List<Found> find(Sentence sentence) {
        List<Found> found = new ArrayList<>();
        SentenceParse parse = view.parse(sentence);
        for (int i = 0; i < sentence.tokens().size(); i++) {
            Token token = sentence.tokens().get(i);
            if (direct.insideAnyQuote(token)) {
                continue;
            }
            String noun = parse == null ? null : SpeechCues.nounLemma(token);
            Found said = noun == null ? null : nounOfSpeech(sentence, parse, i, noun);
            if (said != null) {
                found.add(said);
                continue;
            }
            if (SpeechCues.isAccordingTo(sentence, i)) {
                Found according = accordingTo(sentence, i);
                if (according != null) {
                    found.add(according);
                }
                continue;
            }
            String lemma = SpeechCues.cueLemma(token);
            int[] question = lemma != null && lemma.equals("ask") ? unnamedQuestion(sentence, i) : null;
            if (question != null) {
                // "Asked if she was ever fined, he said …": the question is reported, its asker unnamed
                int asker = askerAfter(sentence, i);
                boolean named = asker >= 0 && !GENERIC_ASKERS.contains(word(sentence, asker));
                Speaker speaker = named ? speakers.fromToken(sentence, asker, null, null) : null;
                if (speaker == null && word(sentence, question[0]).equals("to")) {
                    continue; // a request stands only with its asker ("Asked by the guild to compel …": no one named)
                }
                found.add(new Found(span(sentence, question), new Attribution(speaker, sentence, i), token.span(),
                        view.text().substring(token.span().start(), token.span().end())));
                continue;
            }
            String manner = lemma == null && parse != null ? SpeechCues.mannerLemma(sentence, i) : null;
            int[] clause = manner == null ? null : thatClause(sentence, parse, i);
            if (clause != null) {
                // "She quipped that her remarks should be read loosely": a verb of manner reports its "that" clause
                Speaker speaker = speakerOf(sentence, i, parse);
                found.add(new Found(span(sentence, clause), new Attribution(speaker, sentence, i), token.span(),
                        view.text().substring(token.span().start(), token.span().end())));
                continue;
            }
            if (lemma == null || parse == null) {
                continue;
            }
            if (lemma.equals("charge") && chargesAPrice(sentence, i)) {
                continue; // "are charged a booking fee", "plans to charge the club $2 million": a price, no accusation
            }
            List<Span> parts = SpeechCues.CLAUSAL.contains(lemma) ? relativeReport(sentence, i) : null;
            if (parts == null && SpeechCues.CLAUSAL.contains(lemma)) {
                parts = parenthetical(sentence, i);
            }
            if (parts != null) {
                Speaker speaker = speakerOf(sentence, i, parse);
                found.add(new Found(parts.getFirst().union(parts.getLast()), new Attribution(speaker, sentence, i),
                        token.span(), view.text().substring(token.span().start(), token.span().end()), parts));
                continue;
            }
            int[] asContent = SpeechCues.CLAUSAL.contains(lemma) && !AS_ACTIONS.contains(lemma)
                    ? asAttribution(sentence, i) : null;
            if (asContent != null) {
                // "As the Post reported, the inspector general issued subpoenas.": the clause across the comma
                Speaker speaker = speakerOf(sentence, i, parse);
                found.add(new Found(span(sentence, asContent), new Attribution(speaker, sentence, i), token.span(),
                        view.text().substring(token.span().start(), token.span().end())));
                continue;
            }
            int[] bounds = contentBounds(sentence, parse, i, lemma);
            int speakerHead = SpeechCues.CLAUSAL.contains(lemma) ? invertedSpeaker(sentence, i) : -1;
            int[] fronted = speakerHead < 0 ? null : bounds != null && bounds[1] < i ? bounds
                    : trim(sentence, new int[] {0, i - 2}, MIN_CONTENT_TOKENS);
            if (fronted != null) {
                // "Nor will subsidies bring the mills back, said Ellen Varga, an economist at the college.": the
                // speaker follows the cue, where the parser makes it the cue's object or leaves the cue no clause
                Speaker speaker = remember(sentence, speakers.fromToken(sentence, speakerHead, parse,
                        previous(sentence)));
                found.add(new Found(span(sentence, fronted), new Attribution(speaker, sentence, i),
                        token.span(), view.text().substring(token.span().start(), token.span().end())));
            } else if (bounds != null) {
                Speaker speaker = speakerOf(sentence, i, parse);
                if (speaker != null && isObjectContent(sentence, parse, i, lemma, bounds)
                        && !SpeakerResolver.canSpeak(speaker)) {
                    continue; // "The next line declares a class": a thing's object is no saying
                }
                found.add(new Found(span(sentence, bounds), new Attribution(speaker, sentence, i), token.span(),
                        view.text().substring(token.span().start(), token.span().end())));
            }
        }
        return found;
    }

    /**
     * "Lee's claim that the plant would close", "her vow to cut taxes", "the union's call for a strike", "the claim by
     * the minister that …", "Lee repeated the claim that …": a noun of saying, its complement ({@code
     * speech-nouns.txt}) and its speaker, the possessor, the "by" phrase or the subject of a verb that makes or
     * repeats it. Null where the noun has no such complement or no one is named ("calls for a boycott grew").
     */
    private Found nounOfSpeech(Sentence sentence, SentenceParse parse, int noun, String lemma) {
        int[] content = nounComplement(sentence, parse, noun, SpeechCues.NOUNS.get(lemma));
        if (content == null) {
            return null;
        }
        Speaker speaker = nounSpeaker(sentence, parse, noun);
        if (speaker == null) {
            return null;
        }
        Token token = sentence.tokens().get(noun);
        return new Found(span(sentence, content), new Attribution(remember(sentence, speaker), sentence, noun),
                token.span(), view.text().substring(token.span().start(), token.span().end()));
    }

    /** Verbs whose subject makes or repeats a saying named by their object ("made the claim that …"). */
    private static final Set<String> SAYING_MAKERS = Set.copyOf(
            ResourceLines.read(ReportedSpeech.class, "saying-making-verbs.txt"));

    private Speaker nounSpeaker(Sentence sentence, SentenceParse parse, int noun) {
        int possessor = parse.dependent(noun, "nmod:poss");
        if (possessor >= 0) {
            // a thing's "promise" or "threat" is what it may do, not a saying ("the drug's promise to cut costs",
            // "the storm's threat to close roads"); a maker's subject or a "by" phrase names one who speaks
            Speaker owner = speakers.possessor(sentence, possessor, parse, previous(sentence));
            return owner != null && SpeakerResolver.canSpeak(owner) ? owner : null;
        }
        for (Dependency arc : parse.dependents(noun)) {
            int by = parse.dependent(arc.dependent(), "case");
            if (arc.dependent() > noun && arc.relation().startsWith("nmod") && by >= 0
                    && word(sentence, by).equals("by")) {
                return speakers.fromToken(sentence, arc.dependent(), parse, previous(sentence));
            }
        }
        Dependency arc = parse.arcOf(noun);
        if (arc != null && arc.relation().equals("obj") && arc.head() >= 0
                && SAYING_MAKERS.contains(sentence.tokens().get(arc.head()).lemma().toLowerCase(Locale.ROOT))) {
            return subjects.of(sentence, arc.head(), parse, previous(sentence));
        }
        return null;
    }

    /**
     * The complement of a speech noun after it that says what was said: a clause "that" opens, with a subject of its
     * own (not a relative: "the claim that he made" has none), an infinitive ("to cut taxes", kept with its "to", as a
     * promise's is), or the phrase after "for" ("for a strike"). Token bounds, or null.
     */
    private static int[] nounComplement(Sentence sentence, SentenceParse parse, int noun, Set<String> complements) {
        for (Dependency arc : parse.dependents(noun)) {
            int head = arc.dependent();
            if (head <= noun) {
                continue;
            }
            int marker = parse.dependent(head, "mark", "case");
            String opener = marker < 0 ? "" : word(sentence, marker);
            int[] phrase = parse.subtreeBounds(head);
            boolean clause = arc.relation().startsWith("acl") || arc.relation().equals("ccomp");
            if (clause && opener.equals("that") && complements.contains("that") && hasSubject(parse, head)) {
                return trim(sentence, phrase, MIN_CONTENT_TOKENS);
            }
            if (clause && opener.equals("to") && complements.contains("to")
                    && sentence.tokens().get(head).pos().equals("VB") && phrase[0] == marker) {
                return trim(sentence, phrase, MIN_CONTENT_TOKENS);
            }
            if (arc.relation().startsWith("nmod") && opener.equals("for") && complements.contains("for")
                    && phrase[0] == marker) {
                return trim(sentence, new int[] {marker + 1, phrase[1]}, MIN_CONTENT_TOKENS);
            }
        }
        return null;
    }

    /** Whether {@code bounds} are the object of a cue that needs a speaker, what {@link #saidThing} gives. */
    private static boolean isObjectContent(Sentence sentence, SentenceParse parse, int cue, String lemma,
            int[] bounds) {
        if (!SpeechCues.SPEAKER_OBJECT.contains(lemma)) {
            return false;
        }
        int[] object = saidThing(sentence, parse, cue, lemma);
        return object != null && Arrays.equals(trim(sentence, object, MIN_OBJECT_TOKENS), bounds);
    }

    /** The most words of the speaker's phrase after an inverted cue, up to its comma or the sentence's end. */
    private static final int MAX_INVERTED_SPEAKER = 6;

    /**
     * "The mayor's win came as a bigger shock to the older residents, said several observers.", "…, say some
     * Democrats, who …": a clause, a comma, then the cue and its speaker after it, which the parser often leaves
     * without a subject or a clause. The cue must follow the comma at once, the clause before it must have a finite
     * verb and no quotation mark (a quotation there is a direct quote's, "“…,” said Kerry"), and the speaker must
     * be a short noun phrase that ends the sentence or a comma ("said Ellen Varga, an economist") or a relative or a
     * "like" ("say experts like …"), with no verb of its own; a clause that holds a cue of its own is left alone (it
     * reports its own speech). The token of the speaker's head noun, or -1.
     */
    static int invertedSpeaker(Sentence sentence, int cue) {
        List<Token> tokens = sentence.tokens();
        if (cue < MIN_CONTENT_TOKENS + 1 || !tokens.get(cue - 1).word().equals(",")
                || !FINITE.contains(tokens.get(cue).pos()) || hasQuotationMark(tokens, 0, cue)
                || !hasFiniteVerb(tokens, new int[] {0, cue - 2}) || hasCue(tokens, new int[] {0, cue - 2})) {
            return -1;
        }
        int head = -1;
        int of = -1;
        int i = cue + 1;
        for (; i < tokens.size() && !INVERTED_SPEAKER_ENDS.contains(word(sentence, i)); i++) {
            String pos = tokens.get(i).pos();
            if (of < 0 && head >= 0 && SPEAKER_PREPOSITIONS.contains(word(sentence, i)) && pos.equals("IN")
                    && SAY_ALIKE.contains(tokens.get(cue).lemma())) {
                // "…, said a senior adviser at the ministry, …": the head is the noun before the preposition
                of = i;
                continue;
            }
            if (i - cue > (of < 0 ? MAX_INVERTED_SPEAKER : MAX_INVERTED_SPEAKER_WITH_OF)
                    || !NOUN_PHRASE_TAGS.contains(pos) || of >= 0 && pos.equals("RB")) {
                return -1;
            }
            boolean named = of >= 0 && namesTheSpeaker(tokens, of, head, i);
            head = named || of < 0 && (pos.startsWith("NN") || pos.equals("PRP")) ? i : head;
        }
        return of == i - 1 ? -1 : head;
    }

    /**
     * Whether the name at {@code i}, after the preposition at {@code of}, is the speaker rather than the noun
     * {@code head}: "…, said Department of Correction spokesman Ed Lang." (a body's name before the preposition, a
     * role noun right before the name, or the name's own first word). Not "…, said a lawyer for Jo Marsh.", whose
     * common noun before the preposition is the speaker and the name is whom the lawyer speaks for.
     */
    private static boolean namesTheSpeaker(List<Token> tokens, int of, int head, int i) {
        if (!tokens.get(i).ner().equals("PERSON") || of < 1 || !tokens.get(of - 1).pos().startsWith("NNP")) {
            return false;
        }
        Token before = tokens.get(i - 1);
        boolean nameGoesOn = head == i - 1 && before.ner().equals("PERSON");
        return nameGoesOn || before.pos().equals("NN") || before.pos().equals("NNS");
    }

    /** Prepositions inside an inverted speaker's phrase: "said the head of the agency", "a spokesman for the club". */
    private static final Set<String> SPEAKER_PREPOSITIONS = Set.of("of", "for", "at");
    /**
     * Cues that take no addressee for an object, after which a noun phrase with a preposition may be the speaker;
     * not "told investors of the firm, …" after a relative clause (the broad crawl), whose noun is whom it was told.
     */
    private static final Set<String> SAY_ALIKE = Set.of("say", "add", "write", "note", "explain", "argue", "insist",
            "claim", "acknowledge", "confirm", "predict", "recall", "contend", "observe", "remark", "report");
    /** The most words of an inverted speaker's phrase with a preposition ("a senior adviser at the ministry"). */
    private static final int MAX_INVERTED_SPEAKER_WITH_OF = 10;

    private static final Set<String> INVERTED_SPEAKER_ENDS = Set.of(",", ".", "!", "?", ";", "who", "like");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP",
            "NNPS", "PRP", "POS", "HYPH", "RB");

    /**
     * The clause "that" opens after the cue, with a subject of its own, as its complement: token bounds from "that"
     * on (trimmed), or null. "boasted that he won" reports; "boasted of the crowds that came" does not.
     */
    private static int[] thatClause(Sentence sentence, SentenceParse parse, int cue) {
        int complement = complement(parse, cue);
        if (complement <= cue || !hasSubject(parse, complement)) {
            return null;
        }
        int marker = parse.dependent(complement, "mark");
        if (marker < 0 || !word(sentence, marker).equals("that")) {
            return null;
        }
        return trim(sentence, parse.subtreeBounds(complement), MIN_CONTENT_TOKENS);
    }

    /** Token bounds {first, last} of what the cue at {@code cue} reports, or null. */
    private static int[] contentBounds(Sentence sentence, SentenceParse parse, int cue, String lemma) {
        int[] bounds = null;
        int complement = complement(parse, cue);
        if (complement >= 0 && SpeechCues.CLAUSAL.contains(lemma) && hasSubject(parse, complement)) {
            bounds = parse.subtreeBounds(complement);
        } else if (SpeechCues.APPEAL.contains(lemma) && (bounds = appeal(sentence, parse, cue)) != null) {
            // addressee and task
        } else if (SpeechCues.CHARACTERIZE.contains(lemma)
                && (bounds = characterization(sentence, parse, cue)) != null) {
            // "called him divisive": two words say all a characterization says
            return bounds[0] <= cue ? null : trim(sentence, bounds, MIN_CHARACTERIZATION_TOKENS);
        } else if (SpeechCues.EXPRESS.contains(lemma) && (bounds = saidThing(sentence, parse, cue, lemma)) != null) {
            // "announced his candidacy": two words name what is announced
            return trim(sentence, bounds, MIN_OBJECT_TOKENS);
        }
        if (bounds == null && SpeechCues.COMMISSIVE.contains(lemma)) {
            bounds = commitment(sentence, parse, cue);
        }
        if (bounds == null && SpeechCues.CLAUSAL.contains(lemma)) {
            bounds = gerund(sentence, parse, cue);
        }
        if (bounds == null && SpeechCues.CLAUSAL.contains(lemma) && !lemma.equals("ask")) {
            bounds = conditional(sentence, parse, cue);
        }
        if (bounds == null && SpeechCues.CHARGE.containsKey(lemma)
                && (bounds = charge(sentence, parse, cue, SpeechCues.CHARGE.get(lemma))) != null) {
            // "accused the mayor of bribery", "charged the firm with fraud": one word names a charge
            return trim(sentence, bounds, MIN_CHARGE_TOKENS);
        }
        if (bounds == null && SpeechCues.POSITION.containsKey(lemma)
                && (bounds = position(sentence, parse, cue, SpeechCues.POSITION.get(lemma))) != null) {
            // "called for a recount", "warned of dire consequences": two words name a position, as an object's do
            return trim(sentence, bounds, MIN_OBJECT_TOKENS);
        }
        if (bounds == null && SpeechCues.CLAUSAL.contains(lemma)) {
            bounds = surfaceComplement(sentence, cue, lemma);
        }
        if (bounds == null && SpeechCues.CLAUSAL.contains(lemma)) {
            bounds = frontedContent(sentence, cue);
        }
        if (bounds == null && SpeechCues.SAID_OBJECT.contains(lemma)) {
            bounds = saidObject(sentence, parse, cue);
        }
        if (bounds == null || bounds[0] <= cue && cue <= bounds[1]) {
            return null;
        }
        return trim(sentence, withoutTrailingAttribution(sentence, cue, bounds), MIN_CONTENT_TOKENS);
    }

    /**
     * "The mayor said the bridge would open in May, the paper reported.": the cue's content ends at the comma. The
     * attribution that ends the sentence is another cue's, which reports the whole clause before it, this cue
     * included ({@link #frontedContent}); the parser may still hang it inside this cue's clause.
     */
    private static int[] withoutTrailingAttribution(Sentence sentence, int cue, int[] bounds) {
        if (bounds[0] <= cue) {
            return bounds;
        }
        for (int other = bounds[1]; other > bounds[0]; other--) {
            String lemma = SpeechCues.cueLemma(sentence.tokens().get(other));
            int[] fronted = lemma != null && SpeechCues.CLAUSAL.contains(lemma) ? frontedContent(sentence, other)
                    : null;
            int comma = fronted == null ? -1 : fronted[1] + 1;
            if (comma > bounds[0] && endsTheSentence(sentence.tokens(), other)) {
                return new int[] {bounds[0], comma - 1};
            }
        }
        return bounds;
    }

    /**
     * Whether nothing but adjuncts and closing marks follows the cue at {@code cue}: "…, she said in May." ends its
     * sentence; "…, so I said, ‘Stop.’" opens a quotation of its own.
     */
    private static boolean endsTheSentence(List<Token> tokens, int cue) {
        int after = afterTrailingCue(tokens, cue);
        if (after < 0) {
            return false;
        }
        for (int i = after; i < tokens.size(); i++) {
            if (!tokens.get(i).pos().equals(".") && !isQuotationMark(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cue's clausal complement: the first after it, where the parser gave it two ("Like other owners who
     * foresee an upside, Mr. Orrin said he was planting …" hangs the fronted "foresee" on "said" too), else the
     * first before it, or -1.
     */
    private static int complement(SentenceParse parse, int cue) {
        int before = -1;
        for (Dependency arc : parse.dependents(cue)) {
            if (arc.relation().equals("ccomp")) {
                if (arc.dependent() > cue) {
                    return arc.dependent();
                }
                before = before < 0 ? arc.dependent() : before;
            }
        }
        return before;
    }

    /**
     * "said something very strange", "reported a surge in applications": the object after a speech verb is what was
     * said, where the verb has no clause (the parser also takes a clause it misreads for an object: "says the
     * drive that's spreading through the valley appeals to …").
     */
    private static int[] saidObject(Sentence sentence, SentenceParse parse, int cue) {
        int object = parse.dependent(cue, "obj");
        if (object <= cue || cue == 0 || INVERSION_MARKS.contains(sentence.tokens().get(cue - 1).pos())
                || sentence.tokens().get(object).pos().startsWith("NNP")) {
            // "…, say experts like Ruth Lang": an inverted attribution, whose object is the speaker
            return null;
        }
        return parse.subtreeBounds(object);
    }

    private static final Set<String> INVERSION_MARKS = Set.of(",", "''", ":");

    /**
     * "vowed to repeal the law", "promised to build on his legacy": the infinitive after a verb of commitment, with
     * its "to"; null when there is none or an object stands between ("promised him to …" commits someone else).
     */
    private static int[] commitment(Sentence sentence, SentenceParse parse, int cue) {
        for (Dependency arc : parse.dependents(cue)) {
            boolean object = arc.dependent() > cue && arc.relation().equals("obj");
            if (object && !isDate(sentence.tokens().get(arc.dependent()))) {
                return null; // but "promised Monday to …": a day the parser took for the object commits no one else
            }
            if (arc.dependent() > cue && arc.relation().equals("xcomp") && isInfinitive(sentence, parse, arc.dependent())) {
                return parse.subtreeBounds(arc.dependent());
            }
        }
        return null;
    }

    private static boolean isDate(Token token) {
        return token.ner().equals("DATE") || token.ner().equals("TIME");
    }

    /**
     * The object of an object cue, as what was said: its bounds, or null where there is none, where it is whom an
     * appeal or a promise addresses, or where a finite verb follows it, so that it is the subject of a clause the
     * parser missed ("promised voters would pay less", "denied the plan was dead"): the other rules read that clause.
     */
    private static int[] saidThing(Sentence sentence, SentenceParse parse, int cue, String lemma) {
        int object = parse.dependent(cue, "obj");
        if (object <= cue) {
            return null;
        }
        int[] bounds = objectBounds(sentence, parse, object);
        boolean subjectOfAClause = bounds[1] + 1 < sentence.tokens().size()
                && FINITE.contains(sentence.tokens().get(bounds[1] + 1).pos());
        return subjectOfAClause || addressee(sentence, lemma, object, bounds[1]) ? null : bounds;
    }

    /**
     * Whether the object of a verb that may take whom it addresses for its object ("urged the council", "promised
     * voters") is that addressee, a name, a noun of people or a pronoun, or whatever an infinitive follows ("urging
     * the mayor to resign", where the parser missed the appeal), rather than what was said ("urged restraint",
     * "promised a new bridge"). The other object cues name what was said even with a person for object ("mentioned
     * Ned Alder").
     */
    private static boolean addressee(Sentence sentence, String lemma, int object, int objectEnd) {
        if (!SpeechCues.APPEAL.contains(lemma) && !SpeechCues.COMMISSIVE.contains(lemma)) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        Token token = tokens.get(object);
        return infinitiveAt(tokens, object + 1) || infinitiveAt(tokens, objectEnd + 1)
                || token.pos().startsWith("PRP") || token.pos().startsWith("NNP")
                || SpeakerResolver.isPersonNoun(token.lemma().toLowerCase(Locale.ROOT));
    }

    /** "to" and a verb's base form at {@code at}: an infinitive, the task of an appeal. */
    private static boolean infinitiveAt(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && tokens.get(at).word().equalsIgnoreCase("to")
                && tokens.get(at + 1).pos().equals("VB");
    }

    /**
     * The object's words up to a comma after its head: "did not mention Ned Alder, who announced he is leaving the
     * race" mentions Alder; the relative clause is a report of its own.
     */
    private static int[] objectBounds(Sentence sentence, SentenceParse parse, int object) {
        int[] bounds = parse.subtreeBounds(object);
        for (int i = object + 1; i <= bounds[1]; i++) {
            if (sentence.tokens().get(i).word().equals(",")) {
                return new int[] {bounds[0], i - 1};
            }
        }
        return bounds;
    }

    /**
     * "denied taking the money", "reported raising $9 million", "recalled taking part in town meetings": a gerund right
     * after the cue, without a preposition of its own ("said after meeting him" is a time), is what the speaker
     * states. Token bounds, or null.
     */
    private static int[] gerund(Sentence sentence, SentenceParse parse, int cue) {
        for (Dependency arc : parse.dependents(cue)) {
            int verb = arc.dependent();
            if (verb > cue && GERUND_RELATIONS.contains(arc.relation())
                    && sentence.tokens().get(verb).pos().equals("VBG")
                    && parse.dependent(verb, "mark", "case") < 0 && parse.subtreeBounds(verb)[0] == verb
                    && skipTimePhrases(sentence.tokens(), cue + 1) == verb) {
                return parse.subtreeBounds(verb);
            }
        }
        return null;
    }

    /** Words that open a condition a reported clause may begin with: "said if chosen he would …". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");

    /**
     * "said if chosen she would cut the levy", "says unless the board acts the plant will close": a clause without
     * "that" that opens with its condition, which the parser hangs on the cue as an adverbial clause. Only where the
     * condition follows the cue at once (past time phrases) and its clause has a subject of its own; "said so if
     * asked" and "will say more if pressed" have none. Token bounds from the condition's word, or null.
     */
    private static int[] conditional(Sentence sentence, SentenceParse parse, int cue) {
        int at = skipTimePhrases(sentence.tokens(), cue + 1);
        if (at >= sentence.tokens().size() || !CONDITIONS.contains(word(sentence, at))) {
            return null;
        }
        for (Dependency arc : parse.dependents(cue)) {
            if (arc.relation().equals("advcl") && arc.dependent() > at && parse.dependent(arc.dependent(), "mark") == at
                    && hasSubject(parse, arc.dependent()) && parse.subtreeBounds(arc.dependent())[0] == at) {
                return parse.subtreeBounds(arc.dependent());
            }
        }
        return null;
    }

    /** The parser also hangs such a gerund loosely ({@code dep}): "reported spending $2 million on ads". */
    private static final Set<String> GERUND_RELATIONS = Set.of("xcomp", "ccomp", "advcl", "obj", "dep");

    /**
     * "called for a ban on …", "warned of a recession": the phrase after the cue that one of its prepositions
     * introduces, without the preposition. Null when there is none, when the cue is passive ("Texas was called for
     * Cruz"), when an object comes first ("called a referendum for June 5") or when the preposition is stranded
     * ("the shift the guild cautioned about in its review").
     */
    private static int[] position(Sentence sentence, SentenceParse parse, int cue, Set<String> prepositions) {
        for (Dependency arc : parse.dependents(cue)) {
            String relation = arc.relation();
            if (relation.equals("nsubj:pass") || relation.equals("aux:pass")
                    || relation.equals("obj") && arc.dependent() > cue) {
                return null;
            }
            int marker = parse.dependent(arc.dependent(), "case", "mark");
            if (arc.dependent() > cue && (relation.equals("obl") || relation.equals("advcl"))
                    && marker >= 0 && prepositions.contains(word(sentence, marker))) {
                int[] phrase = parse.subtreeBounds(arc.dependent());
                return phrase[0] == marker ? new int[] {marker + 1, phrase[1]} : null;
            }
        }
        return null;
    }

    /**
     * "accused the mayor of taking bribes", "charged the firm with fraud": the charge after the one accused, without
     * its preposition ({@code charge-cues.txt}). Only an active cue with an object before the phrase: "was accused of
     * fraud" names no accuser, "charged $40 for a ticket" accuses no one. Token bounds, or null.
     */
    private static int[] charge(Sentence sentence, SentenceParse parse, int cue, Set<String> prepositions) {
        int object = parse.dependent(cue, "obj");
        if (object <= cue || parse.dependent(cue, "nsubj:pass", "aux:pass") >= 0) {
            return null;
        }
        for (int head : new int[] {cue, object}) {
            for (Dependency arc : parse.dependents(head)) {
                int marker = parse.dependent(arc.dependent(), "case", "mark");
                if (arc.dependent() > object && marker > object && prepositions.contains(word(sentence, marker))
                        && (arc.relation().startsWith("obl") || arc.relation().startsWith("nmod")
                        || arc.relation().equals("advcl"))) {
                    int[] phrase = parse.subtreeBounds(arc.dependent());
                    return phrase[0] == marker ? chargeBounds(sentence, marker + 1, phrase[1]) : null;
                }
            }
        }
        return null;
    }

    /** Words that open a relative after a comma: "…, which she denied" is the accused's answer, not the charge. */
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "where");

    /**
     * Tags that open a noun phrase, or a verb's particle: after a one-word charge they are its own words, which the
     * parser hung apart ("of holding back funds").
     */
    private static final Set<String> PHRASE_OPENERS = Set.of("DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN",
            "NNS", "NNP", "NNPS", "RP");

    /**
     * The charge from {@code first} to {@code last}, up to a comma and a relative after it ("of hiding the losses,
     * which she denied"); null for one word that a noun phrase or a particle follows ("of skimming the funds" where the
     * parser hung "the funds" elsewhere: the other rules read it).
     */
    private static int[] chargeBounds(Sentence sentence, int first, int last) {
        List<Token> tokens = sentence.tokens();
        if (first == last && first + 1 < tokens.size() && PHRASE_OPENERS.contains(tokens.get(first + 1).pos())) {
            return null;
        }
        for (int i = first + 1; i < last; i++) {
            if (tokens.get(i).word().equals(",") && RELATIVES.contains(word(sentence, i + 1))) {
                return new int[] {first, i - 1};
            }
        }
        return new int[] {first, last};
    }

    /**
     * "Asked if she was ever fined, …", "when asked how prices would move", "She was asked whether …", "Asked on
     * Monday whether …", "Asked by the host to reply to …": a passive "asked" followed by the question it
     * reports, an indirect question ("if", "whether", a wh-word) or a named asker's request ("to" and a verb), up
     * to the next comma or the sentence's end; a time, a place ("on Fox News") or the asker ("by Stephanopoulos")
     * may stand between. The one asked, the sentence's subject, did not speak these words: the asker speaks, named
     * in the "by" phrase ({@link #askerAfter}) or left unnamed (a reporter, an interviewer). Token bounds, or null.
     */
    static int[] unnamedQuestion(Sentence sentence, int cue) {
        List<Token> tokens = sentence.tokens();
        Token asked = tokens.get(cue);
        if (!"ask".equals(SpeechCues.cueLemma(asked))) {
            return null; // "was called by the guild to compel …" is an appeal, whose speaker the parse must give
        }
        boolean passive = asked.pos().equals("VBN") && (cue == 0
                || PASSIVE_QUESTION_LEADS.contains(tokens.get(cue - 1).word().toLowerCase(Locale.ROOT)))
                || cue == 0 && asked.word().equals("Asked");
        boolean named = agentHead(tokens, cue + 1) >= 0;
        int start = passive ? pastAdjuncts(tokens, pastAgent(tokens, cue + 1), ADJUNCT_PREPOSITIONS) : -1;
        if (start < 0 || start >= tokens.size() || !opensQuestionOrRequest(tokens, start, named)) {
            return null;
        }
        int last = start;
        while (last + 1 < tokens.size() && !QUESTION_ENDS.contains(tokens.get(last + 1).word())) {
            last++;
        }
        return last - start + 1 >= MIN_CONTENT_TOKENS ? new int[] {start, last} : null;
    }

    /**
     * An indirect question, or a request where the asker is named: "was asked to resign" by no one named is more an
     * event than words anyone spoke.
     */
    private static boolean opensQuestionOrRequest(List<Token> tokens, int at, boolean namedAsker) {
        String word = tokens.get(at).word().toLowerCase(Locale.ROOT);
        return QUESTION_WORDS.contains(word) || namedAsker && word.equals("to") && at + 1 < tokens.size()
                && tokens.get(at + 1).pos().equals("VB");
    }

    /** Past a "by" phrase of the asker after a passive "asked" ("Asked by Stephanopoulos …"), else {@code from}. */
    private static int pastAgent(List<Token> tokens, int from) {
        int agent = agentHead(tokens, from);
        return agent < 0 ? from : agent + 1;
    }

    /** The last noun of a "by" phrase that starts at {@code from} and ends at its noun, or -1. */
    private static int agentHead(List<Token> tokens, int from) {
        if (from >= tokens.size() || !tokens.get(from).word().equalsIgnoreCase("by")) {
            return -1;
        }
        int head = -1;
        for (int i = from + 1; i < tokens.size() && ADJUNCT_NOUN_TAGS.contains(tokens.get(i).pos()); i++) {
            head = tokens.get(i).pos().startsWith("NN") ? i : head;
        }
        return head;
    }

    /** The asker a passive "asked" names in its "by" phrase ("Asked by Stephanopoulos to …"): its token, or -1. */
    static int askerAfter(Sentence sentence, int cue) {
        return agentHead(sentence.tokens(), cue + 1);
    }

    private static final Set<String> PASSIVE_QUESTION_LEADS = Set.of("when", "after", "once", "if", "was", "were",
            "is", "are", "been", "being", "be", "later", "also", "repeatedly", "then", ",");
    private static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "what", "how", "why", "who", "whom",
            "which", "when", "where");
    private static final Set<String> QUESTION_ENDS = Set.of(",", ".", "?", "!", ";", ":", "--", "—");

    /** A clause with a subject of its own; "…, said in an interview that is scheduled to run" has none. */
    private static boolean hasSubject(SentenceParse parse, int head) {
        return parse.dependents(head).stream().anyMatch(arc -> SUBJECT_RELATIONS.contains(arc.relation()));
    }

    /**
     * The parser often misreads a complement clause without "that" ("said on Sunday Russia and Iran would …",
     * "announced it will ask …"). Read it from the surface instead: after the cue, past "that", time phrases,
     * adjuncts ("in an interview") and, for "tell", the addressee, the rest of the sentence is the content when it
     * is a clause: a subject, then a finite verb.
     */
    private static int[] surfaceComplement(Sentence sentence, int cue, String lemma) {
        List<Token> tokens = sentence.tokens();
        int i = skipTimePhrases(tokens, cue + 1);
        if (lemma.equals("tell") || lemma.equals("ask")) {
            i = skipTimePhrases(tokens, skipAddressee(tokens, i));
        }
        // "hinted in a radio interview that …", "asserted at some stage that …": the parser hangs the clause on the
        // adjunct's noun, as a relative clause; not "on", whose noun may be the topic and the clause its own
        // ("declined to comment on reports that …")
        i = pastAdjuncts(tokens, i, SURFACE_ADJUNCT_PREPOSITIONS);
        if (i < 0) {
            return null;
        }
        // "argued, however, that …", "said - on a podcast, as it happens - that …": an aside between the cue and
        // its "that"
        i = pastAside(tokens, i);
        int last = tokens.size() - 1;
        int question = -1;
        if (i < tokens.size() && opensQuestion(lemma, word(sentence, i))) {
            // "asked the mayor what she thought of …", "explained why the polls were wrong": an indirect question
            question = i++;
            if (i < tokens.size() && FINITE.contains(tokens.get(i).pos())
                    && SUBJECT_QUESTION_WORDS.contains(word(sentence, question))) {
                return new int[] {question, last}; // "asked who would win"
            }
        } else if (i < tokens.size() && tokens.get(i).word().equalsIgnoreCase("that")) {
            i++;
        }
        if (i >= tokens.size() || !startsClause(tokens.get(i))) {
            return null;
        }
        for (int j = i + 1; j <= last; j++) {
            if (FINITE.contains(tokens.get(j).pos())) {
                // "tweeted a photograph and said …": a verb joined to the cue's own, not a clause's
                return COORDINATORS.contains(tokens.get(j - 1).word().toLowerCase(Locale.ROOT)) ? null
                        : new int[] {question >= 0 ? question : i, last};
            }
            if (tokens.get(j).pos().equals(",") || tokens.get(j).pos().equals(":")) {
                return null;
            }
        }
        return null;
    }

    /** The most tokens of an aside between a cue and its "that" clause, its marks included. */
    private static final int MAX_ASIDE = 14;
    /** Dashes that may set off an aside. */
    private static final Set<String> DASHES = Set.of("-", "--", "–", "—");

    /**
     * An aside set off by commas or dashes between a cue and the "that" that opens what it reports: "noted,
     * however, that …", "conceded, with the benefit of hindsight, that …", "said - on a podcast, as it happens -
     * that …". The parser hangs the clause on the aside or on nothing. Only where "that" follows the closing mark
     * at once: a mark followed by anything else ends the cue's clause ("said, adding that …" is the next verb's).
     * The index of that "that", else {@code from} unchanged.
     */
    static int pastAside(List<Token> tokens, int from) {
        if (from >= tokens.size()) {
            return from;
        }
        String open = tokens.get(from).word();
        boolean comma = open.equals(",");
        if (!comma && !DASHES.contains(open)) {
            return from;
        }
        for (int i = from + 1; i < tokens.size() - 1 && i - from < MAX_ASIDE; i++) {
            Token token = tokens.get(i);
            if (isQuotationMark(token) || token.pos().equals(".") || token.word().equals(";")) {
                return from;
            }
            boolean closes = comma ? token.word().equals(",") : DASHES.contains(token.word());
            if (closes) {
                return i > from + 1 && tokens.get(i + 1).word().equalsIgnoreCase("that") ? i + 1 : from;
            }
        }
        return from;
    }

    /**
     * Whether the word opens an indirect question that the cue reports: any question word after "ask"; after other
     * verbs of speech only those that cannot open a clause of time or condition ("said when he arrived …", "said if
     * elected he would …" are no questions).
     */
    private static boolean opensQuestion(String lemma, String word) {
        return lemma.equals("ask") ? QUESTION_WORDS.contains(word) : REPORTED_QUESTION_WORDS.contains(word);
    }

    private static final Set<String> REPORTED_QUESTION_WORDS = Set.of("whether", "why", "how", "what");
    private static final Set<String> SUBJECT_QUESTION_WORDS = Set.of("who", "what", "which");

    /**
     * "The plan, he said, is simple.": an attribution set off by commas inside the sentence interrupts what it
     * reports, which is the sentence on both sides of it. A short subject between the first comma and the cue, at
     * most a time phrase between the cue and the second comma, words before and a finite verb after, which may be
     * a quotation that goes on in lower case ({@link #goesOnInLowerCase}). The two parts, or null.
     */
    private List<Span> parenthetical(Sentence sentence, int cue) {
        List<Token> tokens = sentence.tokens();
        int after = skipTimePhrases(tokens, cue + 1);
        if (after >= tokens.size() - 1 || !tokens.get(after).word().equals(",")) {
            return null;
        }
        int comma = openingComma(tokens, cue);
        if (comma < 1) {
            return null;
        }
        int[] before = trim(sentence, new int[] {0, comma - 1}, 1);
        int[] rest = trim(sentence, new int[] {after + 1, tokens.size() - 1}, 1);
        if (before == null || rest == null || !hasFiniteVerb(tokens, rest)
                || hasQuotationMark(tokens, before[0], cue)
                || isQuotationMark(tokens.get(rest[0]))
                        && (rest[0] != after + 1 || !goesOnInLowerCase(tokens, rest[0], before[0]))
                || hasCue(tokens, before)) {
            // "“Only you,” she said, “would …”" interrupts a quotation, and "…, Trump added, “…”" introduces one:
            // both direct quotes. A cue before ("She said that, because, she said, …") reports the whole.
            return null;
        }
        return List.of(span(sentence, before), span(sentence, rest));
    }

    /**
     * Cues that are acts as much as speech: "As lawyers argued in court, supporters rallied", "as the senator
     * testified", "As police responded" tell when, not what was said; "as X said", "noted", "warned" report.
     */
    private static final Set<String> AS_ACTIONS = Set.of("respond", "testify", "argue", "agree", "complain", "ask",
            "demand", "charge", "counter", "reply", "urge", "threaten", "propose", "accuse", "comment");
    /** Askers whose question no one named asks: "Asked by reporters whether …" (generic-askers.txt). */
    private static final Set<String> GENERIC_ASKERS = Set.copyOf(
            ResourceLines.read(ReportedSpeech.class, "generic-askers.txt"));

    /** Words that may open a sentence before its "as" attribution: "But as Foss noted, …". */
    private static final Set<String> AS_LEADS = Set.of("but", "and", "yet", "so", "just", "still");
    /** Marks that end the clause an "as" attribution after it reports: "… here, as she noted at the start -". */
    private static final Set<String> CLAUSE_BREAKS = Set.of(":", ";", "-", "--", "–", "—");

    /**
     * "As the Valley Courier pointed out, Lund collected …", "…, it is too early to assume Mr. Dunmore has victory
     * locked down, as some leaders said.": "as", a short subject and a cue with nothing of its own after it but
     * adverbs, times and prepositional phrases ("as Pratt noted in the Gazette", "as the Courier wrote a week
     * afterwards") report the clause across the comma: the rest of the sentence when "as" opens it, else the clause
     * before the comma, from the sentence's start or a colon or dash. A cue with an object or a clause of its own ("as
     * he said goodbye", "as she told reporters", "as he said he would") is no such attribution. Token bounds, or null.
     */
    static int[] asAttribution(Sentence sentence, int cue) {
        List<Token> tokens = sentence.tokens();
        int as = asBefore(sentence, cue);
        int end = as < 0 ? -1 : skipAdjuncts(tokens, cue + 1);
        if (end < 0) {
            return null;
        }
        boolean opens = as == 0 || as == 1 && AS_LEADS.contains(word(sentence, 0));
        if (opens && end < tokens.size() && tokens.get(end).word().equals(",")) {
            int[] rest = trim(sentence, new int[] {end + 1, tokens.size() - 1}, MIN_CONTENT_TOKENS);
            return rest != null && hasFiniteVerb(tokens, rest) && !hasQuotationMark(tokens, rest[0], rest[1] + 1)
                    ? rest : null;
        }
        boolean closes = end >= tokens.size() || TRAILING.contains(tokens.get(end).word())
                || CLAUSE_BREAKS.contains(tokens.get(end).word());
        if (as >= 2 && tokens.get(as - 1).word().equals(",") && closes) {
            int start = as - 2;
            while (start > 0 && !CLAUSE_BREAKS.contains(tokens.get(start - 1).word())) {
                start--;
            }
            int[] before = trim(sentence, new int[] {start, as - 2}, MIN_CONTENT_TOKENS);
            return before != null && hasFiniteVerb(tokens, before)
                    && !hasQuotationMark(tokens, before[0], before[1] + 1) ? before : null;
        }
        return null;
    }

    /** The most words of a subject between "as" and its cue ("as the Post's investigative unit reported"). */
    private static final int MAX_AS_SUBJECT = 7;
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "did", "does", "do");

    /**
     * The token of "as" before the cue's subject: a noun phrase or pronoun (with auxiliaries and adverbs before the
     * cue) and nothing else between; -1 when there is none.
     */
    private static int asBefore(Sentence sentence, int cue) {
        List<Token> tokens = sentence.tokens();
        boolean noun = false;
        for (int i = cue - 1; i >= 0 && cue - i <= MAX_AS_SUBJECT + 1; i--) {
            Token token = tokens.get(i);
            if (word(sentence, i).equals("as") && token.pos().equals("IN")) {
                return noun ? i : -1;
            }
            boolean auxiliary = AUXILIARIES.contains(word(sentence, i)) || token.pos().equals("MD")
                    || token.pos().startsWith("RB");
            if (!auxiliary && !NOUN_PHRASE_TAGS.contains(token.pos()) && !token.pos().equals("PRP$")) {
                return -1;
            }
            noun |= token.pos().startsWith("NN") || token.pos().equals("PRP");
        }
        return -1;
    }

    /** The most words of adjuncts after a cue that has no object ("noted in a column in The Intercept last week"). */
    private static final int MAX_ADJUNCTS = 10;
    /**
     * Prepositions that may open an adjunct after a cue: where, when, to whom; not those that name a topic ("as he
     * complained about the weather" may be a time), nor "to" ("who added to her lead"), nor those that open a
     * clause ("if", "because", "that").
     */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "during", "with", "from",
            "after", "before", "without");
    /**
     * The prepositions of adjuncts between a cue and a clause it reports: where, when and with whom ("claimed in a
     * talk with the Valley Courier that …").
     */
    private static final Set<String> SURFACE_ADJUNCT_PREPOSITIONS = Set.of("in", "at", "during", "with",
            "without");
    /** Adverbs that stand for what was said, not how or when: "after half said so". */
    private static final Set<String> NOT_ADJUNCTS = Set.of("so", "not", "n't", "otherwise");
    private static final Set<String> ADJUNCT_NOUN_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP",
            "NNPS", "POS", "PRP$", "HYPH");

    /**
     * Past the adjuncts after a cue that ends its clause: adverbs ("recently", "later"), times ("on Saturday", "a
     * few days later") and prepositional phrases of nouns ("in an interview", "in The Intercept", "at the
     * outset"). The index of the token after them; -1 when anything else follows first (an object, a clause, a
     * verb) or they run long.
     */
    static int skipAdjuncts(List<Token> tokens, int from) {
        int i = pastAdjuncts(tokens, from, ADJUNCT_PREPOSITIONS);
        if (i < 0 || i >= tokens.size()) {
            return i;
        }
        Token token = tokens.get(i);
        return CLAUSE_ENDS.contains(token.word()) || CLAUSE_BREAKS.contains(token.word()) || token.pos().equals(".")
                ? i : -1;
    }

    /** The index of the first token past the adjuncts at {@code from}; -1 when they run long or have no noun. */
    private static int pastAdjuncts(List<Token> tokens, int from, Set<String> prepositions) {
        int i = from;
        while (i < tokens.size()) {
            if (i - from > MAX_ADJUNCTS) {
                return -1;
            }
            int next = skipTimePhrases(tokens, i);
            if (next > i) {
                i = next;
                continue;
            }
            Token token = tokens.get(i);
            String lower = token.word().toLowerCase(Locale.ROOT);
            if (token.pos().startsWith("RB") && !NOT_ADJUNCTS.contains(lower)) {
                i++;
            } else if (prepositions.contains(lower) && (token.pos().equals("IN") || token.pos().equals("TO"))
                    && i + 1 < tokens.size() && ADJUNCT_NOUN_TAGS.contains(tokens.get(i + 1).pos())) {
                i++;
                boolean noun = false;
                while (i < tokens.size() && ADJUNCT_NOUN_TAGS.contains(tokens.get(i).pos())) {
                    noun |= tokens.get(i).pos().startsWith("NN") || tokens.get(i).pos().equals("CD");
                    i++;
                }
                if (!noun) {
                    return -1;
                }
            } else {
                return i;
            }
        }
        return i;
    }

    /** Words that open a relative clause whose subject a report's clause lacks. */
    private static final Set<String> RELATIVE_WORDS = Set.of("which", "that", "what");
    /** The most words of the speaker between the relative word and the cue ("which many analysts have said"). */
    private static final int MAX_RELATIVE_SUBJECT = 5;

    /**
     * "The repairs, which planners said will take hold soon, …", "what several observers said was a mark of …":
     * the relative word is the subject of the reported clause, which follows the cue without one. Two parts, the
     * relative word and the clause after the cue up to its comma, or null.
     */
    private static List<Span> relativeReport(Sentence sentence, int cue) {
        List<Token> tokens = sentence.tokens();
        int next = skipTimePhrases(tokens, cue + 1);
        if (next >= tokens.size() || !FINITE.contains(tokens.get(next).pos())) {
            return null;
        }
        int relative = cue - 1;
        while (relative >= 0 && cue - relative <= MAX_RELATIVE_SUBJECT + 1
                && !RELATIVE_WORDS.contains(word(sentence, relative))) {
            // the speaker's words, and the auxiliaries and adverbs of the cue ("which she has often said")
            Token between = tokens.get(relative);
            if (!startsClause(between) && !between.pos().equals("POS") && !between.pos().startsWith("RB")
                    && !between.pos().equals("MD") && !AUXILIARIES.contains(between.word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            relative--;
        }
        if (relative < 0 || relative == cue - 1 || !RELATIVE_WORDS.contains(word(sentence, relative))
                || tokens.get(relative).pos().equals("IN")) {
            return null;
        }
        int last = next;
        while (last + 1 < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(last + 1).word())) {
            last++;
        }
        return List.of(tokens.get(relative).span(), span(sentence, new int[] {next, last}));
    }

    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "?", "!", "--", "—", "–");

    /**
     * The comma that opens the attribution of the cue: before a short subject without a finite verb of its own
     * ("…, the ministry's spokesman said"), or -1.
     */
    private static int openingComma(List<Token> tokens, int cue) {
        int comma = cue - 1;
        while (comma >= 0 && !tokens.get(comma).word().equals(",")) {
            if (cue - comma > MAX_TRAILING_SUBJECT || FINITE.contains(tokens.get(comma).pos())
                    && !tokens.get(comma).word().equalsIgnoreCase("has")) {
                return -1;
            }
            comma--;
        }
        return comma == cue - 1 ? -1 : comma;
    }

    private static boolean hasCue(List<Token> tokens, int[] bounds) {
        for (int i = bounds[0]; i <= bounds[1]; i++) {
            if (SpeechCues.cueLemma(tokens.get(i)) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuotationMark(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isQuotationMark(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuotationMark(Token token) {
        return token.pos().equals("``") || token.pos().equals("''");
    }

    /**
     * Whether the quotation that opens at {@code mark} goes on in lower case with the sentence the reporter began
     * before the attribution: "A dry summer, she said, “might be a fine moment to plant”", "In other words, he
     * said, ''the era of … is over.''" The words before the attribution are the speaker's too, so the whole is one
     * report that marks its quoted part (a mixed quote), where a quotation that opens a sentence of its own ("On
     * Israel, Trump added, “Carl knows …”") stays direct, as does one after "that" ("Still, Van Holt added,
     * that “a bill needs time …”"), which opens the speaker's words whole. The words before must open as
     * a subject does: a lead-in of the reporter's ("On Sunday, the spokeswoman said, “nothing has changed”", "For
     * now, Smith said, “we …”", "Speaking to the BBC, …", "In a statement, …") opens with a preposition, a
     * participle or an adverb, and the quotation after it is direct.
     */
    private static boolean goesOnInLowerCase(List<Token> tokens, int mark, int beforeStart) {
        if (mark + 1 >= tokens.size()) {
            return false;
        }
        String lead = tokens.get(beforeStart).pos();
        if (lead.equals("IN") || lead.equals("TO") || lead.startsWith("RB") || lead.equals("VBG")
                || lead.equals("VBN")) {
            return false;
        }
        String first = tokens.get(mark + 1).word();
        return Character.isLowerCase(first.charAt(0));
    }

    private static boolean hasFiniteVerb(List<Token> tokens, int[] bounds) {
        for (int i = bounds[0]; i <= bounds[1]; i++) {
            if (FINITE.contains(tokens.get(i).pos())) {
                return true;
            }
        }
        return false;
    }

    /** The most words of a subject between a fronted clause's comma and its cue ("…, the ministry's spokesman said"). */
    private static final int MAX_TRAILING_SUBJECT = 8;

    /**
     * "Any move to close the harbour would bring protests, Varga said.": the clause before the comma is what the
     * cue at the end of the sentence reports, however the parser hangs it. Only when the cue ends the sentence (but
     * for adjuncts: "…, she said in a call afterwards.") and a short subject stands between the comma and the cue,
     * and the clause has a finite verb.
     */
    private static int[] frontedContent(Sentence sentence, int cue) {
        List<Token> tokens = sentence.tokens();
        int after = afterTrailingCue(tokens, cue);
        if (after < 0 || after < tokens.size() && !TRAILING.contains(tokens.get(after).word())) {
            return null;
        }
        int comma = cue - 1;
        while (comma >= 0 && !tokens.get(comma).word().equals(",")) {
            if (cue - comma > MAX_TRAILING_SUBJECT || FINITE.contains(tokens.get(comma).pos())
                    && !tokens.get(comma).word().equalsIgnoreCase("has")) {
                return null;
            }
            comma--;
        }
        boolean timeClause = skipAdjuncts(tokens, cue + 1) < 0;
        if (comma < MIN_CONTENT_TOKENS || comma == cue - 1 || SUBORDINATORS.contains(word(sentence, comma + 1))
                || objectGap(tokens, comma + 1, cue) || timeClause && word(sentence, comma + 1).equals("as")) {
            // "…, who widened her seat lead.", "…, after half said so.": the cue's clause is a part of the
            // sentence, not an attribution of it; nor "…, rather than a local figure, as his aide suggested after
            // she won.", where "as" reports the last phrase alone (PolNeAR's first 400)
            return null;
        }
        for (int i = 0; i < comma; i++) {
            if (FINITE.contains(tokens.get(i).pos())) {
                return new int[] {0, comma - 1};
            }
        }
        return null;
    }

    /**
     * Past what may follow a cue that ends its sentence: its addressee after "tell" ("…, Lee told her aides."),
     * adjuncts, and a clause of time to the sentence's end ("…, she said as she left the hall."), which tells when,
     * not what. The index of the token after them, or -1.
     */
    private static int afterTrailingCue(List<Token> tokens, int cue) {
        int from = tokens.get(cue).lemma().equals("tell") ? skipAddressee(tokens, cue + 1) : cue + 1;
        int after = skipAdjuncts(tokens, from);
        if (after >= 0) {
            return after;
        }
        int i = pastAdjuncts(tokens, from, ADJUNCT_PREPOSITIONS);
        if (i < 0 || i >= tokens.size() || !TIME_CLAUSE_LEADS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                || i + 1 >= tokens.size() || !startsClause(tokens.get(i + 1))) {
            return -1;
        }
        for (int j = i + 1; j < tokens.size(); j++) {
            String word = tokens.get(j).word();
            if (CLAUSE_ENDS.contains(word) || CLAUSE_BREAKS.contains(word) || isQuotationMark(tokens.get(j))) {
                return j == tokens.size() - 1 && tokens.get(j).pos().equals(".") ? j : -1;
            }
        }
        return -1;
    }

    /** Words that open a clause of time after a trailing cue: "…, she said as she left", "…, he said before …". */
    private static final Set<String> TIME_CLAUSE_LEADS = Set.of("as", "while", "when", "before", "after");

    /**
     * "…, a claim Lindqvist denied that morning.", "…, a point Varga also conceded": an indefinite
     * noun phrase and then the cue's subject, a name or a pronoun. The noun is what the cue's object stands for, and
     * the clause before the comma is no report of the subject's.
     */
    private static boolean objectGap(List<Token> tokens, int from, int cue) {
        if (!INDEFINITES.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = from + 1; i + 1 < cue; i++) {
            String next = tokens.get(i + 1).pos();
            if ((tokens.get(i).pos().equals("NN") || tokens.get(i).pos().equals("NNS"))
                    && (next.startsWith("NNP") || next.equals("PRP"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> INDEFINITES = Set.of("a", "an", "another");

    /** Words that make the clause after a comma a part of the sentence before: relatives and subordinators. */
    private static final Set<String> SUBORDINATORS = Set.of("who", "which", "that", "after", "before", "while",
            "because", "since", "although", "though", "when", "if", "until", "unless", "whereas");

    private static boolean startsClause(Token token) {
        String pos = token.pos();
        return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("PRP$") || pos.equals("DT")
                || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("EX");
    }

    private static int skipTimePhrases(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.word().equalsIgnoreCase("for") && i + 1 < tokens.size()
                    && tokens.get(i + 1).ner().equals("DURATION")) {
                // "has argued for two years that …", "has said for months the depot is …": how long, not what
                i++;
                while (i < tokens.size() && tokens.get(i).ner().equals("DURATION")) {
                    i++;
                }
                continue;
            }
            boolean date = token.ner().equals("DATE") || token.ner().equals("TIME");
            boolean leadsDate = TIME_WORDS.contains(token.word().toLowerCase(Locale.ROOT)) && i + 1 < tokens.size()
                    && (tokens.get(i + 1).ner().equals("DATE") || tokens.get(i + 1).ner().equals("TIME"));
            if (!date && !leadsDate) {
                return i;
            }
            i++;
        }
        return i;
    }

    /**
     * Past whom a speaker tells: a pronoun ("told him"), or a noun phrase up to its last noun, which a clause's own
     * subject may follow at once ("told reporters the vote would be held", "told his aides the plan was dead"); a
     * determiner or pronoun after a noun starts that subject.
     */
    static int skipAddressee(List<Token> tokens, int from) {
        if (from < tokens.size() && tokens.get(from).pos().equals("PRP")) {
            return from + 1;
        }
        int i = from;
        boolean noun = false;
        while (i < tokens.size()) {
            String pos = tokens.get(i).pos();
            boolean startsPhrase = pos.equals("DT") || pos.equals("PRP$") || pos.equals("PRP");
            if (noun && startsPhrase || !pos.startsWith("NN") && !pos.startsWith("JJ") && !pos.equals("POS")
                    && !startsPhrase) {
                return i;
            }
            noun |= pos.startsWith("NN");
            i++;
        }
        return i;
    }

    private static int[] appeal(Sentence sentence, SentenceParse parse, int cue) {
        int task = -1;
        for (Dependency arc : parse.dependents(cue)) {
            if ((arc.relation().equals("xcomp") || arc.relation().equals("advcl")) && isInfinitive(sentence, parse, arc.dependent())) {
                task = arc.dependent();
            }
        }
        if (task < 0) {
            return null;
        }
        int[] taskBounds = parse.subtreeBounds(task);
        int addressee = addressee(parse, cue, task);
        if (addressee >= 0) {
            int first = parse.subtreeBounds(addressee)[0];
            while (first < addressee && CASE_MARKERS.contains(word(sentence, first))) {
                first++;
            }
            return new int[] {first, taskBounds[1]};
        }
        return taskBounds;
    }

    /**
     * Who is asked: the first object or oblique between the cue and its task; one before the cue is a phrase of its
     * own ("During the meeting, the chair asked the committee to vote"). -1 when none.
     */
    private static int addressee(SentenceParse parse, int cue, int task) {
        for (Dependency arc : parse.dependents(cue)) {
            if (arc.dependent() > cue && arc.dependent() < task && ADDRESSEE_RELATIONS.contains(arc.relation())) {
                return arc.dependent();
            }
        }
        return -1;
    }

    private static final Set<String> ADDRESSEE_RELATIONS = Set.of("obl", "obj", "iobj");

    private static boolean isInfinitive(Sentence sentence, SentenceParse parse, int verb) {
        int first = parse.subtreeBounds(verb)[0];
        for (int i = first; i < verb; i++) {
            if (word(sentence, i).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a characterization says: who or what is called (the object) and what they are called (the predicate),
     * "called the shelling a war crime", "described the field as “very good”". The parser gives the predicate as a
     * secondary predicate (xcomp), an "as" phrase or clause, or a second object ("called him a kind person" reads as
     * iobj and obj); a quotation right after the object is the predicate too ("called the statement “offensive.”");
     * a small clause alone is both ("called Trump “unhinged”", xcomp with its own subject). Null when there is no
     * predicate.
     */
    private static int[] characterization(Sentence sentence, SentenceParse parse, int cue) {
        int object = -1;
        int predicate = -1;
        boolean smallClause = false;
        boolean nounAdverbial = false;
        for (Dependency arc : parse.dependents(cue)) {
            int dependent = arc.dependent();
            if (dependent < cue) {
                continue;
            }
            switch (arc.relation()) {
                case "iobj", "obj" -> {
                    if (object < 0) {
                        object = dependent;
                    } else {
                        predicate = dependent;
                        smallClause = false;
                        nounAdverbial = false;
                    }
                }
                case "xcomp" -> {
                    // a predicate read later replaces one read earlier; the flags say how the one kept was read
                    predicate = dependent;
                    smallClause = false;
                    nounAdverbial = false;
                }
                case "obl:npmod" -> {
                    // "called him a ''born schemer''", "calling it a sign of weakness": the second noun phrase read
                    // as a noun adverbial; not a span of time ("called him a day later")
                    if (predicate < 0 && sentence.tokens().get(dependent).pos().startsWith("NN")
                            && !isDate(sentence.tokens().get(dependent))
                            && !sentence.tokens().get(dependent).ner().equals("DURATION")) {
                        predicate = dependent;
                        nounAdverbial = true;
                    }
                }
                case "ccomp" -> {
                    // "calling it “unfair” and vowing …": the parser may give a small clause as a clausal complement,
                    // its subject right after the cue
                    int subject = smallClauseSubject(parse, dependent);
                    if (predicate < 0 && parse.dependent(dependent, "mark") < 0 && subject > cue
                            && parse.subtreeBounds(subject)[0] == cue + 1 && !hasFiniteVerb(sentence, parse, dependent)) {
                        predicate = dependent;
                        smallClause = true;
                    }
                }
                case "obl", "advcl" -> {
                    if (introducedByAs(sentence, parse, dependent)) {
                        predicate = dependent;
                        smallClause = false;
                        nounAdverbial = false;
                    }
                }
                default -> { }
            }
        }
        if (object < 0 && predicate >= 0 && smallClauseSubject(parse, predicate) >= 0) {
            return smallClause ? withoutConjuncts(parse, predicate) : parse.subtreeBounds(predicate);
        }
        if (object < 0) {
            return null;
        }
        int[] objectBounds = parse.subtreeBounds(object);
        int first = objectBounds[0];
        if (nounAdverbial && predicate > object && commaBetween(sentence, objectBounds[1], predicate)) {
            predicate = -1; // "call it a “failure,” the figures worried her": a noun after a comma starts a clause
        }
        if (predicate > object) {
            // a noun adverbial may carry the next clause with it ("called it a “sham,” the vote went on"): its words
            // end at a comma after its head, as an object's do
            int end = nounAdverbial ? objectBounds(sentence, parse, predicate)[1] : parse.subtreeBounds(predicate)[1];
            return new int[] {first, end};
        }
        int quotation = quotationAfter(sentence, objectBounds[1] + 1);
        if (quotation < 0) {
            // "called the statement “offensive.”": the parser may hang the quoted predicate on the object's noun
            quotation = quotationAfter(sentence, object + 1);
        }
        if (quotation < 0) {
            // "called the protesters “vandals”": or take the noun and its quoted predicate for one phrase
            quotation = quotationInsidePhrase(sentence, first, object);
        }
        return quotation >= 0 ? new int[] {first, quotation} : null;
    }

    /**
     * The closing mark of a quotation that opens inside the object's phrase after a noun or pronoun of its own and
     * takes in its head ("the protesters “vandals”", "the move a “grave mistake”"), where the parser read the thing
     * called and what it is called as one noun phrase; -1 where none. Not a quotation that opens the phrase ("the
     * “Blue Line”"): that names the object, it does not say what it is.
     */
    private static int quotationInsidePhrase(Sentence sentence, int first, int head) {
        List<Token> tokens = sentence.tokens();
        boolean noun = false;
        for (int i = first; i < head; i++) {
            String tag = tokens.get(i).pos();
            if (noun && opensQuotation(tokens, i)) {
                int close = quotationAfter(sentence, i);
                return close > head ? close : -1;
            }
            noun |= tag.startsWith("NN") || tag.equals("PRP");
        }
        return -1;
    }

    private static boolean commaBetween(Sentence sentence, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (sentence.tokens().get(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The bounds of a small clause without the verbs joined to it ("it “unfair” and vowing to repeal it"). */
    private static int[] withoutConjuncts(SentenceParse parse, int head) {
        int[] bounds = parse.subtreeBounds(head);
        for (Dependency arc : parse.dependents(head)) {
            if (arc.dependent() > head && (arc.relation().equals("conj") || arc.relation().equals("cc"))) {
                bounds[1] = Math.min(bounds[1], parse.subtreeBounds(arc.dependent())[0] - 1);
            }
        }
        return bounds;
    }

    /**
     * Whether a finite verb or a modal heads the clause or serves it, or its verb takes an object ("the figures
     * worried her"): then it is a clause of its own, not a small clause.
     */
    private static boolean hasFiniteVerb(Sentence sentence, SentenceParse parse, int head) {
        if (FINITE.contains(sentence.tokens().get(head).pos()) || parse.dependent(head, "obj") >= 0) {
            return true;
        }
        for (Dependency arc : parse.dependents(head)) {
            if ((arc.relation().startsWith("aux") || arc.relation().equals("cop"))
                    && FINITE.contains(sentence.tokens().get(arc.dependent()).pos())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a small clause ("called Trump “unhinged”"): its nsubj, or a noun the parser hung on the
     * predicate loosely before it (dep), as it does when a quotation mark stands between. -1 when none.
     */
    private static int smallClauseSubject(SentenceParse parse, int predicate) {
        int subject = parse.dependent(predicate, "nsubj");
        if (subject >= 0) {
            return subject;
        }
        int loose = parse.dependent(predicate, "dep");
        return loose >= 0 && loose < predicate ? loose : -1;
    }

    private static boolean introducedByAs(Sentence sentence, SentenceParse parse, int head) {
        int marker = parse.dependent(head, "case", "mark");
        return marker >= 0 && word(sentence, marker).equals("as");
    }

    /** The closing mark's token of a quotation that opens at {@code at}, or -1. */
    private static int quotationAfter(Sentence sentence, int at) {
        List<Token> tokens = sentence.tokens();
        if (at >= tokens.size() || !opensQuotation(tokens, at)) {
            return -1;
        }
        for (int i = at + 1; i < tokens.size(); i++) {
            if (tokens.get(i).pos().equals("''")) {
                return i;
            }
        }
        return -1;
    }

    /** Marks that open and close a quotation alike, which the tagger may read as closing where they open one. */
    private static final Set<String> TWO_WAY_MARKS = Set.of("''", "\"");

    /**
     * Whether a quotation opens at {@code at}: an opening mark, or a mark that opens and closes alike ("''", a
     * straight double quote) with a word right after it ("called her plan ''reckless''").
     */
    private static boolean opensQuotation(List<Token> tokens, int at) {
        Token mark = tokens.get(at);
        if (mark.pos().equals("``")) {
            return true;
        }
        return TWO_WAY_MARKS.contains(mark.word()) && at + 1 < tokens.size()
                && Character.isLetterOrDigit(tokens.get(at + 1).word().charAt(0))
                && tokens.get(at + 1).span().start() == mark.span().end();
    }

    /**
     * Whether "charge" at {@code at} asks a price: a sum ("$2 million", a MONEY entity) or a noun of a sum paid
     * ({@code price-nouns.txt}) among the few words after it, before any "that", punctuation, quotation mark or verb
     * ("charged a $100 initiation fee", "charges users a fee"), the noun the head of its phrase ("charged the rate
     * hike was unlawful" accuses); "charged that the fee was unfair" accuses.
     */
    private static boolean chargesAPrice(Sentence sentence, int at) {
        List<Token> tokens = sentence.tokens();
        boolean afterPreposition = false;
        for (int j = at + 1; j < tokens.size() && j <= at + PRICE_REACH; j++) {
            Token next = tokens.get(j);
            String word = next.word();
            if ("MONEY".equals(next.ner()) || word.startsWith("$") || word.startsWith("£") || word.startsWith("€")
                    || isPriceNoun(tokens, j, afterPreposition)) {
                return true;
            }
            if (word.equalsIgnoreCase("that") || word.equalsIgnoreCase("with") || next.pos().startsWith("VB")
                    || !Character.isLetterOrDigit(word.charAt(0))) {
                return false;
            }
            afterPreposition |= next.pos().equals("IN");
        }
        return false;
    }

    /**
     * Whether the token at {@code at} is a common noun of a sum paid heading its phrase and asked as a price: a noun
     * a verb follows is the subject of the clause "charge" reports ("charged the crime rate had doubled", "charged
     * special interests had bought the vote"), unless a preposition stands before it, which no clause's subject has
     * ("the sum he charged his campaign for rent was …"); a proper name is a person or body ("charged Levy had lied").
     */
    private static boolean isPriceNoun(List<Token> tokens, int at, boolean afterPreposition) {
        Token noun = tokens.get(at);
        if (!noun.pos().equals("NN") && !noun.pos().equals("NNS")
                || !PRICE_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (at + 1 == tokens.size()) {
            return true;
        }
        String after = tokens.get(at + 1).pos();
        return !after.startsWith("NN") && (afterPreposition || !after.startsWith("VB") && !after.equals("MD"));
    }

    /** How many words after "charge" may hold its price ("charged the league nearly $4 million"). */
    private static final int PRICE_REACH = 5;

    /** Nouns of a sum paid: {@code price-nouns.txt}. */
    private static final Set<String> PRICE_NOUNS = Set.copyOf(ResourceLines.read(ReportedSpeech.class,
            "price-nouns.txt"));

    /** "…, according to X" or "According to X, …": X speaks, the rest of the sentence is what they said. */
    private Found accordingTo(Sentence sentence, int at) {
        List<Token> tokens = sentence.tokens();
        int sourceStart = at + 2;
        int sourceEnd = sourceStart;
        while (sourceEnd < tokens.size() && !isBoundary(tokens.get(sourceEnd))) {
            sourceEnd++;
        }
        if (sourceEnd == sourceStart) {
            return null;
        }
        // "…, according to X, which …": the clause before is the content, what follows X describes X.
        int[] content = at >= 3 ? new int[] {0, at - 1} : new int[] {sourceEnd, tokens.size() - 1};
        int[] trimmed = isAnaphoricLead(sentence, at) ? new int[] {0, 0} : trim(sentence, content, MIN_CONTENT_TOKENS);
        if (trimmed == null && at >= 3 && sourceEnd < tokens.size() && tokens.get(sourceEnd).word().equals(",")) {
            // "In addition, according to the agency, nearly four million more tenants …": a lead-in before
            trimmed = trim(sentence, new int[] {sourceEnd, tokens.size() - 1}, MIN_CONTENT_TOKENS);
        }
        if (trimmed == null) {
            return null;
        }
        Speaker speaker = sourceSpeaker(sentence, sourceStart, sourceEnd);
        Span cueSpan = tokens.get(at).span().union(tokens.get(at + 1).span());
        return new Found(span(sentence, trimmed), new Attribution(speaker, sentence, at), cueSpan,
                view.text().substring(cueSpan.start(), cueSpan.end()));
    }

    /**
     * "That's according to members of the Gazette's panel, …": the demonstrative stands for what the sentence before
     * said, and is all the content; what follows the source describes it.
     */
    private static boolean isAnaphoricLead(Sentence sentence, int at) {
        return at == 2 && ANAPHORIC_LEADS.contains(word(sentence, 0)) && FORMS_OF_BE.contains(word(sentence, 1));
    }

    /**
     * The head of the source phrase (its last noun) names the speaker: "the British-based monitor" → monitor. None
     * where the head says how, not who ("according to plan", "according to the rules": {@code not-source-nouns.txt}).
     */
    private Speaker sourceSpeaker(Sentence sentence, int start, int end) {
        int head = -1;
        for (int i = start; i < end; i++) {
            if (sentence.tokens().get(i).pos().startsWith("NN")) {
                head = i;
            } else if (head >= 0 && !sentence.tokens().get(i).pos().equals("POS")) {
                break;
            }
        }
        if (head < 0 || NOT_SOURCES.contains(sentence.tokens().get(head).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return speakers.fromToken(sentence, head, null, null);
    }

    private static boolean isBoundary(Token token) {
        String w = token.word().toLowerCase(Locale.ROOT);
        return token.pos().equals(",") || token.pos().equals(".") || w.equals(";") || w.equals("which")
                || w.equals("who") || w.equals("that");
    }

    /** Drops leading complementizers and punctuation and trailing punctuation; null when too little is left. */
    private static int[] trim(Sentence sentence, int[] bounds, int minWords) {
        int first = bounds[0];
        int last = bounds[1];
        while (first <= last && LEADING_MARKS.contains(word(sentence, first))) {
            first++;
        }
        while (last >= first && TRAILING.contains(word(sentence, last))) {
            last--;
        }
        int words = 0;
        for (int i = first; i <= last; i++) {
            if (Character.isLetterOrDigit(sentence.tokens().get(i).word().charAt(0))) {
                words++;
            }
        }
        return words >= minWords ? new int[] {first, last} : null;
    }

    private static String word(Sentence sentence, int i) {
        return sentence.tokens().get(i).word().toLowerCase(Locale.ROOT);
    }

    private static Span span(Sentence sentence, int[] bounds) {
        return sentence.tokens().get(bounds[0]).span().union(sentence.tokens().get(bounds[1]).span());
    }
}
