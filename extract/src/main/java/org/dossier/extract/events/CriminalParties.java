package org.dossier.extract.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.SentenceView;
import org.dossier.extract.WordTables;
import org.dossier.model.Actor;
import org.dossier.model.Event;

/**
 * The civilians a crime or the law's act names are criminals or suspects: the doer of an assault, abduction or killing
 * and whom the law arrests, charges, sentences or convicts ({@code criminal-parties.tsv}). The rules code a person
 * with no role ("the man", "two men") as a country's civilians (CVL); the gold codes the same words by the part they
 * play in the crime ({@code USACRM}). Named offenders are already criminals ({@link EventExtractor}); this is for the
 * phrases that name a sector.
 */
final class CriminalParties {

    private static final String CIVILIANS = "CVL";
    private static final String CRIMINALS = "CRM";

    private static final List<String[]> ROWS = WordTables.rows("events/criminal-parties.tsv");
    /** Arrest, detention (173): whose target is a suspect only when the act or the sentence says of what. */
    private static final String ARREST = "173";
    /** Words of the law's acts, crimes, protesters and protests, by kind ({@code criminal-words.tsv}). */
    private static final Map<String, Set<String>> WORDS = words();
    /** Words before a crime word that make it the charge: "for", "of" ("on charges of"), "with", "on drug charges". */
    private static final Set<String> CRIME_MARKERS = Set.of("for", "of", "with", "on");

    private CriminalParties() {}

    /** The event with its civilian doer or patient recoded as criminals where the act makes them so. */
    static Event recoded(ArticleContext context, Event event) {
        SentenceView s = context.sentenceAt(event.span().start());
        return recoded(event, s == null ? event.text() : String.join(" ", s.words()));
    }

    /** The same, when the event's words are all the sentence there is. */
    static Event recoded(Event event) {
        return recoded(event, event.text());
    }

    /**
     * The event with its civilian doer or patient recoded as criminals where the act makes them so; {@code sentence}
     * is the event's sentence, which says whether an arrest is one for a crime.
     */
    static Event recoded(Event event, String sentence) {
        Actor actor = criminalParty("actor", event.cameo()) ? asCriminals(event.actor()) : event.actor();
        Actor target = criminalParty("target", event.cameo()) && !(event.cameo().startsWith(ARREST)
                && !arrestForACrime(event.text(), sentence)) ? asCriminals(event.target()) : event.target();
        if (actor == event.actor() && target == event.target()) {
            return event;
        }
        return new Event(event.articleId(), event.span(), event.text(), event.date(), event.datePrecision(),
                event.dateBasis(), actor, event.action(), event.cameo(), event.root(), event.quadClass(),
                event.goldstein(), target, event.place(), event.confidence());
    }

    /**
     * Whether an arrest (173) is the law's act on a suspect: the act charges, indicts, sentences, jails or convicts,
     * or the sentence names the crime ("arrested on charges of murder", "detained for robbery"). Police arrest
     * protesters, dissidents and people at a vigil too, and the gold codes protesters as civilians: never when the
     * event's words name such people or the sentence a protest ({@code criminal-words.tsv}).
     */
    static boolean arrestForACrime(String eventText, String sentence) {
        List<String> event = words(eventText);
        List<String> all = words(sentence == null ? eventText : sentence);
        if (event.stream().anyMatch(WORDS.getOrDefault("protester", Set.of())::contains)
                || all.stream().anyMatch(WORDS.getOrDefault("protest", Set.of())::contains)) {
            return false;
        }
        if (event.stream().anyMatch(WORDS.getOrDefault("legal", Set.of())::contains)) {
            return true;
        }
        Set<String> crimes = WORDS.getOrDefault("crime", Set.of());
        for (int i = 0; i < all.size(); i++) {
            if (crimes.contains(all.get(i)) && precededByACrimeMarker(all, i)) {
                return true;
            }
        }
        return false;
    }

    /** "for murder", "on charges of fraud", "with robbery", "on various drug charges": a marker shortly before. */
    private static boolean precededByACrimeMarker(List<String> words, int crime) {
        for (int j = Math.max(0, crime - 4); j < crime; j++) {
            if (CRIME_MARKERS.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    private static Map<String, Set<String>> words() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] row : WordTables.rows("events/criminal-words.tsv")) {
            out.computeIfAbsent(row[1], k -> new HashSet<>()).add(row[0]);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    private static boolean criminalParty(String party, String cameo) {
        for (String[] row : ROWS) {
            if (row.length >= 2 && row[0].equals(party) && cameo.startsWith(row[1])) {
                return true;
            }
        }
        return false;
    }

    /** A country's civilians as that country's criminals ("USACVL" to "USACRM"); any other actor as it is. */
    private static Actor asCriminals(Actor actor) {
        if (actor == null || actor.code() == null || actor.code().length() != 6
                || !actor.code().endsWith(CIVILIANS)) {
            return actor;
        }
        String country = actor.code().substring(0, 3);
        String name = actor.name().equals("civilians") ? "criminals"
                : actor.name().endsWith(" civilians")
                ? actor.name().substring(0, actor.name().length() - " civilians".length()) + " criminals"
                : actor.name();
        return new Actor(name, country + CRIMINALS);
    }
}
