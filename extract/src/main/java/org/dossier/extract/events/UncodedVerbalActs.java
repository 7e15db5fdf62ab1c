package org.dossier.extract.events;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.model.Event;

/**
 * Verbal acts whose actor has no code, or only the code of a commentator, are no events. A statement, an appeal, an
 * intention, a consultation, praise, criticism, a rejection or a threat is a political event for the person or body
 * who makes it in a role a coder can code (a government, a party, a rebel group, a company the dictionaries know, a
 * court); a name the rules can give no country and no role
 * is, on news in general, mostly a scientist, an entertainer, a commentator or a character quoted about something
 * else. CAMEO's dictionary coders (PETRARCH) drop events whose source has no code for the same reason. Violence keeps
 * its null actor: "the bombings killed scores" is an event though the text names no one.
 *
 * <p>A commentator (a named person of a sector in {@code commentator-sectors.txt}: academics, economists,
 * researchers, the sector {@code EDU}) is quoted for an opinion of someone else's politics (a lecturer who finds a
 * candidate poised), not as a party to it: on broad news every verbal act of such an actor read in session sixteen
 * was no event.
 * Their protests (students marching) are acts and stay, as do the words of a university or of students, who act as
 * bodies, not as commentators.
 */
public final class UncodedVerbalActs {

    /** The verbal roots: 01-05 (statements to cooperation said), 10-13 (demands, disapproval, rejection, threats). */
    private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "03", "04", "05", "10", "11", "12", "13");

    /** The sectors of actors who comment on politics rather than take part in it. */
    private static final Set<String> COMMENTATORS = WordTables.set("events/commentator-sectors.txt");

    /** Nouns of commentators as a group ({@code commentator-nouns.txt}): "economists", "analysts". */
    private static final Set<String> COMMENTATOR_NOUNS = WordTables.set("events/commentator-nouns.txt");

    private UncodedVerbalActs() {}

    /**
     * Whether the event is a verbal act of an actor with no code, or of a commentator: an actor of a commentators'
     * sector whose name {@code personNames} holds (a named person of the article). A university or students of
     * the same sector act as a body ("the university rejected the demands", "students demanded a vote") and stay
     * (review, session sixteen).
     */
    public static boolean isNoEvent(Event event, Set<String> personNames) {
        return isNoEvent(event, personNames, false);
    }

    /**
     * As {@link #isNoEvent(Event, Set)}, for an event of {@code sentence}: where a subject of that sentence names
     * commentators as a group ({@link #commentatorsSpeak}), their words are no event either.
     */
    public static boolean isNoEvent(Event event, Set<String> personNames, SentenceView sentence) {
        return isNoEvent(event, personNames, commentatorsSpeak(sentence));
    }

    /**
     * As {@link #isNoEvent(Event, Set)}, where {@code commentatorsSpeak} says that the event's sentence has
     * commentators as a group for its subject.
     */
    static boolean isNoEvent(Event event, Set<String> personNames, boolean commentatorsSpeak) {
        if (!VERBAL_ROOTS.contains(event.root())) {
            return false;
        }
        return event.actor() == null || event.actor().code() == null || event.actor().code().isBlank()
                || isCommentator(event.actor().code())
                        && (personNames.contains(event.actor().name()) || commentatorsSpeak);
    }

    /** Whether a subject of the sentence is a noun of commentators: "economists at the institute warned ...". */
    static boolean commentatorsSpeak(SentenceView s) {
        if (s == null || !s.parsed()) {
            return false;
        }
        for (int t = 0; t < s.size(); t++) {
            if (s.relation(t).equals("nsubj")
                    && COMMENTATOR_NOUNS.contains(s.lemma(t).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every code of an actor is of a commentators' sector: "USAEDU", "GEOEDU;USAEDU". */
    private static boolean isCommentator(String codes) {
        for (String code : codes.split(";")) {
            if (code.length() < 6 || !COMMENTATORS.contains(code.substring(3, 6))) {
                return false;
            }
        }
        return true;
    }
}
