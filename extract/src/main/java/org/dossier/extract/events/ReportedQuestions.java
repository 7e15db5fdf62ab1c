package org.dossier.extract.events;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.model.Event;

/**
 * A question someone asked is no event. The quote stage takes the clause of a reported question for what its speaker
 * said ("the clerk asked the witness if she saw the car", "a reporter asked whether the mayor would run"), and the
 * statement coder reads an appeal or a statement in it; but a question states nothing that happened, and the gold's
 * conventions list what is "asked about" with what did not happen. An event whose words begin with "whether", or with
 * "if" after a verb of asking in its sentence ({@code asking-verbs.txt}), is no event. A conditional ("if they
 * attack, we will respond") is left to the models: its main clause can be a threat.
 */
public final class ReportedQuestions {

    private static final Set<String> ASKING = WordTables.set("events/asking-verbs.txt");

    private ReportedQuestions() {}

    /** Whether the event's words, in {@code sentence}, are the clause of a question. */
    public static boolean isNoEvent(Event event, SentenceView sentence) {
        if (sentence == null) {
            return false;
        }
        int first = sentence.tokenAt(event.span().start());
        if (first < 0) {
            return false;
        }
        String word = sentence.word(first).toLowerCase(Locale.ROOT);
        if (word.equals("whether")) {
            return true;
        }
        if (!word.equals("if")) {
            return false;
        }
        for (int t = 0; t < first; t++) {
            if (ASKING.contains(sentence.lemma(t).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
