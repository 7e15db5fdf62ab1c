package org.dossier.nlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.core.NameGenders;
import org.dossier.core.ResourceLines;
import org.dossier.model.Dependency;
import org.dossier.model.EntityType;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Token;
import org.dossier.nlp.quotes.ArticleView.EntityMention;

/**
 * Turns the words that name a speaker into a {@link Speaker}: a named entity of the article; a pronoun resolved
 * to the person last named; a definite role ("the minister") resolved to the person the article gives that role;
 * or, failing those, the noun phrase itself ("Rebels", "rebel source").
 */
final class SpeakerResolver {

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "we");
    private static final Set<String> ROLES = Set.of("minister", "president", "secretary", "spokesman",
            "spokeswoman", "spokesperson", "official", "chief", "leader", "ambassador", "envoy", "governor",
            "mayor", "senator", "general", "commander", "director", "chairman", "chairwoman", "premier",
            "chancellor", "king", "queen", "prince", "diplomat", "prosecutor", "lawyer", "head", "candidate",
            "lawmaker", "representative", "congressman", "congresswoman", "mp", "judge", "coach", "ceo",
            "founder", "owner", "witness", "doctor", "activist", "analyst", "researcher", "professor", "officer");
    /** Nouns of people the text does not name ("a rebel source", "officials"): such a speaker is anonymous. */
    private static final Set<String> UNNAMED_PERSONS = Set.copyOf(
            ResourceLines.read(SpeakerResolver.class, "unnamed-person-nouns.txt"));
    /** Of those, the nouns that stay anonymous when definite: "the official said" refers to an unnamed source. */
    private static final Set<String> ANONYMOUS_SOURCES = Set.copyOf(
            ResourceLines.read(SpeakerResolver.class, "anonymous-source-nouns.txt"));
    /**
     * Determiners that, taken alone for the speaker, name no one: "This suggests …", "What this did was add …", or a
     * parse that cut "said the great-grandfather" after its article, where the speaker is the noun the article opens.
     * Not "those", "some", "both" or "others", which stand for people ("Those favoring a delay argue …").
     */
    private static final Set<String> LONE_DETERMINERS = Set.of("a", "an", "the", "this", "that");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some", "any", "several");
    private static final Set<String> NP_POS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$",
            "CD", "VBN", "POS", "HYPH");
    /**
     * Words that name a time: never who speaks ("Tuesday said" is a parse gone wrong). Numbers may: "six in 10
     * say", a poll's share of its answers.
     */
    private static final Set<String> NOT_SPEAKERS = Set.of("DATE", "TIME", "DURATION", "SET");
    /** How far back a pronoun may find its person: about three paragraphs. */
    private static final int PRONOUN_REACH = 1500;
    private static final int ROLE_WINDOW = 60;

    private final ArticleView view;

    SpeakerResolver(ArticleView view) {
        this.view = view;
    }

    /**
     * The speaker named at token {@code head} of the sentence.
     *
     * @param previous the speaker of the quote before this one, for "they" and "it"
     */
    Speaker fromToken(Sentence sentence, int head, SentenceParse parse, Speaker previous) {
        Token token = sentence.tokens().get(head);
        EntityMention named = view.mentionCovering(token.span());
        if (named != null && isDateline(named)) {
            return parse == null ? null : personInApposition(sentence, head, parse);
        }
        if (named != null) {
            return speaker(named);
        }
        if (parse != null) {
            int appos = parse.dependent(head, "appos");
            if (appos >= 0 && view.mentionCovering(sentence.tokens().get(appos).span()) != null) {
                return speaker(view.mentionCovering(sentence.tokens().get(appos).span()));
            }
        }
        EntityMention titled = personAfterRole(sentence, head);
        if (titled != null) {
            return speaker(titled);
        }
        String word = token.word().toLowerCase(Locale.ROOT);
        if (token.pos().startsWith("PRP") && !token.pos().equals("PRP$")) {
            return pronoun(word, token.span(), previous);
        }
        if (token.pos().equals("DT") && LONE_DETERMINERS.contains(word)) {
            int noun = nounOfThePhraseOpenedAt(sentence, head);
            return noun < 0 ? null : fromToken(sentence, noun, parse, previous);
        }
        if (NOT_SPEAKERS.contains(token.ner()) && token.pos().startsWith("NNP")) {
            // "Mara Day said …", then "Day said …": a surname that is also a word of time, tagged as one alone
            EntityMention person = personNamedBefore(token.word(), token.span().start());
            if (person != null) {
                return new Speaker(person.entity().name(), person.entity().id(), token.span());
            }
        }
        if (!NP_POS.contains(token.pos()) || NOT_SPEAKERS.contains(token.ner()) && !isShareOfAGroup(sentence, head)
                || !Character.isLetterOrDigit(token.word().charAt(0))) {
            return null;
        }
        return nominal(sentence, head, parse);
    }

    /** Fractions, which the tagger may read as spans of time ("three-quarters"): {@code share-words.txt}. */
    private static final Set<String> SHARE_WORDS = Set.copyOf(ResourceLines.read(SpeakerResolver.class,
            "share-words.txt"));

    /**
     * "Three-quarters of the tenants said …", "a half of those asked say …": a fraction "of" a group is a share of its
     * people, as "six in 10" is, though the tagger reads "quarters" as a span of time.
     */
    private static boolean isShareOfAGroup(Sentence sentence, int head) {
        List<Token> tokens = sentence.tokens();
        return head + 1 < tokens.size() && tokens.get(head + 1).word().equalsIgnoreCase("of")
                && SHARE_WORDS.contains(tokens.get(head).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The person named earlier in the article whose name ends with the word: "Day" for a "Mara Day" before; null where
     * none is, or where two people of that name are.
     */
    private EntityMention personNamedBefore(String word, int offset) {
        EntityMention found = null;
        for (EntityMention em : view.personMentions()) {
            String name = em.entity().name();
            boolean endsWithWord = name.endsWith(" " + word) || name.equals(word);
            if (!endsWithWord || em.mention().span().start() >= offset) {
                continue;
            }
            if (found != null && !found.entity().id().equals(em.entity().id())) {
                return null;
            }
            found = em;
        }
        return found;
    }

    /** Tags of the words between a determiner and its noun, and of the noun ("a skeptical longtime adviser"). */
    private static final Set<String> PHRASE_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "VBN", "HYPH");

    /**
     * The last noun of the words a determiner opens ("said the former aide to …", "said a skeptical Ann Lee"), where
     * the parser took the determiner for the speaker; -1 where no noun follows ("This suggests …").
     */
    private static int nounOfThePhraseOpenedAt(Sentence sentence, int determiner) {
        List<Token> tokens = sentence.tokens();
        int noun = -1;
        for (int i = determiner + 1; i < tokens.size() && PHRASE_TAGS.contains(tokens.get(i).pos()); i++) {
            if (tokens.get(i).pos().startsWith("NN")) {
                noun = i;
            }
        }
        return noun;
    }

    /**
     * "The writer Paul Green called …", "Foreign Ministry spokeswoman Jane Doe said": a common noun followed at once
     * by a person's name is that person's role; the parser often makes the role the subject.
     */
    private EntityMention personAfterRole(Sentence sentence, int head) {
        Token token = sentence.tokens().get(head);
        if (!token.pos().equals("NN") && !token.pos().equals("NNS") || head + 1 >= sentence.tokens().size()) {
            return null;
        }
        EntityMention next = view.mentionCovering(sentence.tokens().get(head + 1).span());
        return next != null && next.entity().type() == EntityType.PERSON
                && next.mention().span().start() == sentence.tokens().get(head + 1).span().start() ? next : null;
    }

    /**
     * "PARIS (Reuters) - The party's leader, Anne Marchal, voiced …": the parser takes the dateline for the subject
     * and hangs the real one on it in apposition. The last person so hung, or null.
     */
    private Speaker personInApposition(Sentence sentence, int head, SentenceParse parse) {
        Speaker person = null;
        for (Dependency arc : parse.dependents(head)) {
            EntityMention named = arc.relation().equals("appos")
                    ? view.mentionCovering(sentence.tokens().get(arc.dependent()).span()) : null;
            if (named != null && named.entity().type() == EntityType.PERSON) {
                person = speaker(named);
            }
        }
        return person;
    }

    /** "WASHINGTON (AP) —": a place in capitals is the story's dateline, never who speaks. */
    private static boolean isDateline(EntityMention named) {
        String text = named.mention().text();
        return named.entity().type() == org.dossier.model.EntityType.LOCATION && text.length() >= 4
                && text.chars().allMatch(c -> c == ' ' || c == '-' || Character.isUpperCase(c));
    }

    boolean isNamed(Token token) {
        return view.mentionCovering(token.span()) != null;
    }

    boolean isPersonalPronoun(Token token) {
        return token.pos().equals("PRP") && PERSONAL_PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT));
    }

    boolean isPerson(Token token) {
        EntityMention named = view.mentionCovering(token.span());
        return named != null && named.entity().type() == EntityType.PERSON;
    }

    private static Speaker speaker(EntityMention named) {
        return new Speaker(named.entity().name(), named.entity().id(), named.mention().span());
    }

    private Speaker pronoun(String word, Span span, Speaker previous) {
        if (PERSONAL_PRONOUNS.contains(word)) {
            EntityMention person = lastPersonBefore(span.start(), NameGenders.ofPronoun(word));
            return person == null ? null : new Speaker(person.entity().name(), person.entity().id(), span);
        }
        if (GROUP_PRONOUNS.contains(word) && previous != null && !isPerson(previous)) {
            return new Speaker(previous.name(), previous.entityId(), span, previous.anonymous());
        }
        return null;
    }

    /** Bodies that speak as one ("the union", "the ministry"), from {@code body-nouns.txt}. */
    private static final Set<String> BODIES = Set.copyOf(ResourceLines.read(SpeakerResolver.class, "body-nouns.txt"));
    /** Possessive pronouns and the pronoun that stands for the same speaker ("her vow" is the vow she made). */
    private static final Map<String, String> POSSESSIVES = Map.of("his", "he", "her", "she", "its", "it", "their",
            "they", "our", "we");

    /**
     * The speaker a possessor names ("Lee's claim", "the union's call", "her vow", "their demand"): a possessive
     * pronoun is resolved as its pronoun is, anything else as {@link #fromToken}.
     */
    Speaker possessor(Sentence sentence, int head, SentenceParse parse, Speaker previous) {
        Token token = sentence.tokens().get(head);
        String pronoun = POSSESSIVES.get(token.word().toLowerCase(Locale.ROOT));
        if (token.pos().equals("PRP$") && pronoun != null) {
            return pronoun(pronoun, token.span(), previous);
        }
        return fromToken(sentence, head, parse, previous);
    }

    /**
     * Whether a speaker is someone who can say things: a named person or body, a resolved pronoun, a noun of people,
     * a role or a crowd, a body ("the union"), a document ("the report") or a plural ("critics", "authorities"); not
     * a thing in the singular ("next line", "better way").
     */
    static boolean canSpeak(Speaker speaker) {
        if (speaker.entityId() != null || describesAPerson(speaker)) {
            return true;
        }
        if (speaker.name().isBlank()) {
            return false;
        }
        String[] words = speaker.name().strip().split("\\s+");
        String last = words[words.length - 1];
        String lower = last.toLowerCase(Locale.ROOT);
        // a plural ("critics", "liberals", "authorities") or a capitalized name is people or a body
        return isPlural(lower) || Character.isUpperCase(last.charAt(0)) || BODIES.contains(lower)
                || Subjects.isDocumentNoun(lower);
    }

    /**
     * Whether a lower-case noun may be a plural: it ends in "s", but not in "us" or "is", which end singular nouns
     * ("the virus", "the crisis", "the bus", "the status") and no common plural of English. A noun in "ss" still
     * passes: it is a thing ("the process") as often as a person ("the boss", "the actress"), whom no list names.
     */
    static boolean isPlural(String noun) {
        return noun.endsWith("s") && !noun.endsWith("us") && !noun.endsWith("is");
    }

    /** Gatherings of people that may cry out together ("the crowd chanted"), from {@code crowd-nouns.txt}. */
    private static final Set<String> CROWDS = Set.copyOf(ResourceLines.read(SpeakerResolver.class, "crowd-nouns.txt"));

    /** Whether a speaker's last word is a role, a noun of people or a crowd ("the mayor", "a farmer", "the crowd"). */
    static boolean describesAPerson(Speaker speaker) {
        String[] words = speaker.name().strip().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        return ROLES.contains(last) || UNNAMED_PERSONS.contains(last) || CROWDS.contains(last);
    }

    boolean isPerson(Speaker speaker) {
        return speaker.entityId() != null && view.personMentions().stream()
                .anyMatch(em -> em.entity().id().equals(speaker.entityId()));
    }

    /**
     * The person last named before the offset whose name does not say the other gender ("she" skips Donald Trump
     * for Hillary Clinton; a name of unknown gender fits either).
     */
    private EntityMention lastPersonBefore(int offset, NameGenders.Gender gender) {
        EntityMention last = null;
        for (EntityMention em : view.personMentions()) {
            int start = em.mention().span().start();
            NameGenders.Gender named = gender == null ? null : genderOf(em);
            if (start < offset && offset - start <= PRONOUN_REACH && (named == null || named == gender)) {
                last = em;
            }
        }
        return last;
    }

    /** The gender of a person by the title of the mention ("Mrs. Clinton"), else by their first name. */
    private static NameGenders.Gender genderOf(EntityMention em) {
        NameGenders.Gender byMention = NameGenders.of(em.mention().text());
        return byMention != null ? byMention : NameGenders.of(em.entity().name());
    }

    /** A common-noun phrase: resolved through a role when definite, else named by its own words. */
    private Speaker nominal(Sentence sentence, int head, SentenceParse parse) {
        List<Token> tokens = sentence.tokens();
        int first = head;
        if (parse != null) {
            for (Dependency arc : parse.dependents(head)) {
                if (arc.dependent() < first && Set.of("det", "amod", "compound", "nmod:poss", "nummod", "flat")
                        .contains(arc.relation())) {
                    first = Math.min(first, parse.subtreeBounds(arc.dependent())[0]);
                }
            }
        } else {
            while (first > 0 && NP_POS.contains(tokens.get(first - 1).pos()) && head - first < 5) {
                first--;
            }
        }
        Span span = tokens.get(first).span().union(tokens.get(head).span());
        // "the minister" and headline style "Foreign minister says" name someone; "a minister" does not.
        String determiner = tokens.get(first).pos().equals("DT") ? tokens.get(first).word().toLowerCase(Locale.ROOT) : "";
        boolean definite = determiner.equals("the") || determiner.isEmpty();
        String headWord = tokens.get(head).lemma().toLowerCase(Locale.ROOT);
        if (definite && ROLES.contains(headWord)) {
            EntityMention person = personWithRole(headWord, span.start());
            if (person != null) {
                return new Speaker(person.entity().name(), person.entity().id(), span);
            }
        }
        int nameStart = tokens.get(first).pos().equals("DT") && first < head ? first + 1 : first;
        String name = view.text().substring(tokens.get(nameStart).span().start(), tokens.get(head).span().end());
        return new Speaker(name, null, span, isUnnamedPerson(tokens.get(first), tokens.get(head), headWord));
    }

    /** Whether a noun (lemma) names people without naming them ("critics", "officials"). */
    static boolean isPersonNoun(String lemma) {
        return UNNAMED_PERSONS.contains(lemma);
    }

    /**
     * A description of people the article does not name: plural or indefinite ("officials", "a rebel source", "one
     * commenter"); a definite singular one ("the doctor") only where it is a source's own noun ("the official").
     */
    private static boolean isUnnamedPerson(Token opening, Token head, String headWord) {
        if (!UNNAMED_PERSONS.contains(headWord)) {
            return false;
        }
        boolean plural = head.pos().equals("NNS");
        boolean indefinite = opening.pos().equals("CD") || INDEFINITE.contains(opening.word().toLowerCase(Locale.ROOT));
        return plural || indefinite || ANONYMOUS_SOURCES.contains(headWord);
    }

    /** The person the article gives a role, nearest before the offset, else first after it. */
    private EntityMention personWithRole(String role, int offset) {
        Pattern rolePattern = Pattern.compile("(?i)\\b" + Pattern.quote(role) + "\\b");
        EntityMention before = null;
        EntityMention after = null;
        for (EntityMention em : view.personMentions()) {
            Span span = em.mention().span();
            String around = view.text().substring(Math.max(0, span.start() - ROLE_WINDOW),
                    Math.min(view.text().length(), span.end() + ROLE_WINDOW));
            if (!rolePattern.matcher(around).find() || em.entity().type() != EntityType.PERSON) {
                continue;
            }
            if (span.start() < offset) {
                before = em;
            } else if (after == null) {
                after = em;
            }
        }
        return before != null ? before : after;
    }
}
