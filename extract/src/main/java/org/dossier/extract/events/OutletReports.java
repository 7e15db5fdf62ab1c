package org.dossier.extract.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.model.Actor;
import org.dossier.model.Event;

/**
 * An outlet's report is no act of the outlet. "The Gazette reported that the mayor had misled the council", "a wire
 * service reports": the statement coder reads the reported clause as the outlet's own statement, with the outlet or
 * its reporter (the media, {@code MED}) for the actor, while what the gold codes is the act the report tells of,
 * with its own doer, or nothing. An event of the media whose words are, or hang below, a verb of reporting
 * ({@code reporting-verbs.txt}), or whose clause such a verb marks with "as" ("as the Gazette reported, ..."), is no
 * event, and so is one of a sentence that gives its words "according to" the outlet ("according to a Gazette
 * poll"). An outlet's other acts stay: a newspaper's campaign, a reporter's question, a broadcaster's cuts.
 */
public final class OutletReports {

    private static final Set<String> REPORTING = WordTables.set("events/reporting-verbs.txt");
    private static final String MEDIA = "MED";
    /** The last word of the canonical name of a country's media ("US media"). */
    private static final String SECTOR_NAME = "media";
    /** Words of an outlet's name that name no outlet ("The" of "The Gazette"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("", "the", "of", "and", "a");

    private OutletReports() {}

    /** Whether the event of {@code sentence} is the media's report of something. */
    public static boolean isNoEvent(Event event, SentenceView sentence) {
        if (sentence == null || !sentence.parsed() || !ofTheMedia(event.actor())) {
            return false;
        }
        int first = sentence.tokenAt(event.span().start());
        int last = sentence.tokenAt(Math.max(event.span().start(), event.span().end() - 1));
        if (first < 0 || last < first) {
            return false;
        }
        for (int t = 0; t < sentence.size(); t++) {
            if (!sentence.pos(t).startsWith("VB") || !REPORTING.contains(sentence.lemma(t).toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (t >= first && t <= last && !modifiesANoun(sentence, t) || t < first && sentence.dominates(t, first)) {
                return true;
            }
            // "As the Gazette reported, the council ...": the report of the clause it hangs on
            int governor = sentence.head(t);
            if (sentence.relation(t).equals("advcl") && governor >= 0 && marked(sentence, t, "as")
                    && (governor >= first && governor <= last || sentence.dominates(governor, first))) {
                return true;
            }
        }
        return accordingToTheOutlet(event.actor(), sentence);
    }

    /**
     * Whether the verb heads a clause that modifies a noun ("the Gazette, which reported the claims, apologized"):
     * such a report inside the event's words describes its party, and the event (the apology) is the outlet's own.
     */
    private static boolean modifiesANoun(SentenceView s, int verb) {
        return s.relation(verb).startsWith("acl");
    }

    /** Whether the clause of the verb has the mark {@code word} ("as" of "as the Gazette reported"). */
    private static boolean marked(SentenceView s, int verb, String word) {
        for (int c : s.children(verb, Set.of("mark"))) {
            if (s.word(c).equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence gives its words as the outlet's ("..., according to a Gazette survey"): the phrase of
     * "according to" holds a word of the outlet's name.
     */
    private static boolean accordingToTheOutlet(Actor outlet, SentenceView s) {
        String name = outlet.name() == null ? "" : outlet.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(SECTOR_NAME)) {
            return false; // "British media": a country's media, no outlet the sentence names
        }
        Set<String> nameWords = new HashSet<>(List.of(name.split("\\W+")));
        nameWords.removeAll(FUNCTION_WORDS);
        for (int t = 0; t + 1 < s.size(); t++) {
            if (!s.word(t).equalsIgnoreCase("according") || !s.word(t + 1).equalsIgnoreCase("to")) {
                continue;
            }
            int source = s.head(t);
            if (source < 0) {
                continue;
            }
            for (int u : s.subtree(source, Set.of("acl", "acl:relcl", "advcl"))) {
                String word = s.word(u).toLowerCase(Locale.ROOT);
                if (u > t + 1 && s.pos(u).startsWith("NNP") && nameWords.contains(word) && !aPlace(s, u)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the word is tagged a place: "according to New York officials" names no outlet, though "New York" is a
     * part of "The New York Times".
     */
    private static boolean aPlace(SentenceView s, int token) {
        return "LOCATION".equals(s.token(token).ner());
    }

    /** Whether every code of the actor is the media's: "USAMED", "MED", "GBRMED;USAMED". */
    private static boolean ofTheMedia(Actor actor) {
        if (actor == null || actor.code() == null || actor.code().isBlank()) {
            return false;
        }
        for (String code : actor.code().split(";")) {
            if (!(code.equals(MEDIA) || code.length() >= 6 && code.substring(3, 6).equals(MEDIA))) {
                return false;
            }
        }
        return true;
    }
}
