package org.dossier.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.model.Event;

/**
 * Force between public people and bodies who carry no arms is a figure of speech. English news tells a race, a
 * debate or a market in words of war: candidates "battle" and "attack" each other, a former official "returns
 * fire", two chip makers are "locked in combat" for a market, a newspaper "fires a broadside". An event of force
 * (roots 15, 19, 20) whose every coded party is of a sector in {@code figurative-force-sectors.txt} (former
 * officials and candidates, legislators, companies, media) is no event. Where a party is a state, its forces, police,
 * an armed or criminal group, or civilians, the force may be real and stays; so does assault (18), which a person can
 * do, and force in a sentence with a word of bodily harm ({@code bodily-harm-words.txt}: "the candidate's driver
 * fatally stabbed a man").
 */
public final class FigurativeForce {

    /** The roots of force that words of war give a contest: force posture (15), fighting (19), mass violence (20). */
    private static final Set<String> FORCE_ROOTS = Set.of("15", "19", "20");

    /** Sectors of public people and bodies who carry no arms. */
    private static final Set<String> UNARMED = WordTables.set("events/figurative-force-sectors.txt");

    /** Words of bodily harm, which make force literal. */
    private static final Set<String> HARM = WordTables.set("events/bodily-harm-words.txt");

    /** Words of an attack, which between such parties tell criticism in words ({@code verbal-attack-words.txt}). */
    private static final Set<String> ATTACK_WORDS = WordTables.set("events/verbal-attack-words.txt");

    /** Criticism or denunciation (CAMEO 111): what an attack in words is. */
    static final String CRITICISM = "111";

    /** The sectors of politicians among them: former officials and candidates, legislators. */
    private static final Set<String> POLITICIANS = Set.of("ELI", "LEG");

    private FigurativeForce() {}

    /**
     * Whether the event is force between parties who all carry no arms. With no coded actor, only force aimed at
     * politicians (candidates, former officials, legislators: "the attacks on the senator", "a battle with the
     * governor") is a figure: force with no named doer against a company or the media is mostly real (pirates'
     * attacks on merchant ships, a raid on a newsroom), and the gold codes such violence with a null actor.
     */
    public static boolean isNoEvent(Event event, SentenceView sentence) {
        if (!FORCE_ROOTS.contains(event.root()) || tellsOfHarm(sentence)) {
            return false;
        }
        List<String> actorCodes = ActorSectors.codes(event.actor());
        List<String> codes = new ArrayList<>(actorCodes);
        codes.addAll(ActorSectors.codes(event.target()));
        return ActorSectors.allOf(codes, UNARMED)
                && (!actorCodes.isEmpty() || ActorSectors.allOf(codes, POLITICIANS));
    }

    /**
     * Whether the figure is criticism told as an attack, to be coded 111 rather than dropped: its doer is coded and
     * its words hold a word of an attack ("the senator's attacks on her rival", "the investor blasted the payout"),
     * as the gold's conventions code criticism. With no coded doer a criticism is no event (the gold codes no one's
     * words only where someone is named); words of a contest ("battled", "rallied") stay figures.
     */
    public static boolean isCriticism(Event event, SentenceView sentence) {
        return sentence != null && !ActorSectors.codes(event.actor()).isEmpty() && saysAttack(event, sentence)
                && isNoEvent(event, sentence);
    }

    /**
     * Whether force done by a person with no other role shows them to be an offender, a criminal in CAMEO's sense: an
     * assault (18) that is not aimed at a public person or body who carries no arms, or any force in a sentence with a
     * word of bodily harm. Fighting and mass violence (19, 20) with no harm told are a person's figures of speech far
     * more often than their crimes ("she battles an illness", "he fights a new rule"), and so is an attack on a candidate,
     * a legislator, a company or the media ("laid into her opponent").
     */
    static boolean makesAnOffender(Event event, SentenceView sentence) {
        if (tellsOfHarm(sentence)) {
            return true;
        }
        List<String> targets = ActorSectors.codes(event.target());
        return event.root().equals("18") && (targets.isEmpty() || !ActorSectors.allOf(targets, UNARMED));
    }

    private static boolean saysAttack(Event event, SentenceView sentence) {
        for (int t = 0; t < sentence.size(); t++) {
            if (event.span().contains(sentence.token(t).span())
                    && ATTACK_WORDS.contains(sentence.lemma(t).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean tellsOfHarm(SentenceView sentence) {
        if (sentence == null) {
            return false;
        }
        for (int t = 0; t < sentence.size(); t++) {
            if (HARM.contains(sentence.lemma(t).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
