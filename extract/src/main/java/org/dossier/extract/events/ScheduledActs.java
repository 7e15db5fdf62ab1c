package org.dossier.extract.events;

/**
 * An intention told for later is no event unless someone states it. The verb rules read "will meet", "is scheduled to
 * visit", "is set to sign" as the intent to do it (036 for a meeting, 138 for force; {@link VerbCoder} no longer
 * proposes the act itself, which did not happen); but the gold's conventions code an intention only as CAMEO codes
 * one, stated by its actor ("the minister said they will meet next week" 036), not a schedule the narrator reports
 * ("the mayor is scheduled to meet the farmers' union", "the assembly is set to break for the holidays", "the trial
 * is due to open in spring"), which they list as a future non-event. So the intent of a scheduled verb is proposed only
 * inside a quote or reported speech. On the development part, cross-validated, the 17 scheduled proposals the event
 * model kept (acts and intents) were all false (docs/events.md, session twenty-six).
 */
final class ScheduledActs {

    /** The trait of a verb told for later ({@link VerbCoder}: "will", "is due to", "is scheduled to"). */
    static final String SCHEDULED = "scheduled";
    /** The trait of the intent read from a verb. */
    static final String INTENT = "intent";

    private ScheduledActs() {}

    /**
     * Whether a coded verb is the intent of an act told for later that no one states ({@code quoted}: whether its
     * words are someone's quoted or reported statement).
     */
    static boolean isNoEvent(VerbCoder.Coded coded, boolean quoted) {
        return coded.traits().contains(SCHEDULED) && coded.traits().contains(INTENT) && !quoted;
    }
}
