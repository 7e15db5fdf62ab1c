package org.dossier.extract.events;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.extract.dictionaries.CameoCodes;

/**
 * A plan that harms no one is no threat. What someone means to do to another by coercion or force is a threat as CAMEO
 * codes it (the rules make the intent of 17 a 137, of 18-20 a 138: "vowed to attack the town"), but a verb of coercion
 * also names a business's own moves ("the paper plans to drop its weekend edition", "the firm aims to cut more emissions",
 * "the two were expected before a judge"): with no party to suffer it
 * and no verb of threatening or vowing over it ({@code threatening-verbs.txt}: "threatened to cut funding" stays a
 * threat with no target named), the intent of harm is no event. On the development part such intents were right 2
 * times in 11 (cross-validated), both under "threatened" or with a target (docs/events.md, session twenty-six).
 */
final class PlannedHarm {

    private static final Set<String> THREATENING = WordTables.set("events/threatening-verbs.txt");
    /** The root of threats, which an intent of coercion or force becomes. */
    private static final String THREAT_ROOT = "13";

    private PlannedHarm() {}

    /** Whether a coded verb of {@code s} is an intent of harm to no one under a verb that plans rather than threatens. */
    static boolean isNoEvent(VerbCoder.Coded coded, SentenceView s) {
        if (!coded.traits().contains(ScheduledActs.INTENT) || coded.traits().contains(ScheduledActs.SCHEDULED)
                || !CameoCodes.root(coded.code()).equals(THREAT_ROOT) || coded.targetValue() != null) {
            return false;
        }
        int governor = s.head(coded.verb());
        return governor >= 0 && !THREATENING.contains(s.lemma(governor).toLowerCase(Locale.ROOT));
    }
}
