package org.dossier.eval.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import org.dossier.model.Span;

/**
 * Scores the quotes Dossier found in one article against its gold attributions. Each gold attribution matches at
 * most one quote and each quote one attribution: the unused quote whose content overlaps most, if the overlap is
 * at least half of the shorter content. Over matched pairs, the speaker is right when Dossier names it where the
 * gold marks the source, or names the same person: a shared capitalized name word ("Mr. Trump" and "Donald
 * Trump"), or for a gold source without one the same head word ("officials"); a gold pronoun is read as the name
 * its coreference chain gives ({@link CorefNames}).
 */
public final class AttributionScorer {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "him", "her", "them",
            "you", "his", "their", "its", "our", "my", "me", "us");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    /** The last few words before a relative pronoun's comma: "… did not mention Jeb Bush, who". */
    private static final Pattern ANTECEDENT = Pattern.compile("((?:[\\p{L}.'’-]+\\s+){0,3}[\\p{L}.'’-]+)\\s*,?\\s*$");
    /** Capitalized words that name no one: titles, articles, pronouns at the start of a sentence. */
    private static final Set<String> NOT_NAMES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "the", "a",
            "an", "he", "she", "they", "it", "we", "i", "president", "senator", "governor", "secretary", "former",
            "u", "s", "new", "state", "house", "white");

    private final SpeechCueList speechCues;
    private final ContentQuotations quotations;

    public AttributionScorer(SpeechCueList speechCues) {
        this.speechCues = speechCues;
        this.quotations = ContentQuotations.standard(speechCues);
    }

    /** With the speech cues of record ({@link SpeechCueList#handMade()}). */
    public static AttributionScorer standard() {
        return new AttributionScorer(SpeechCueList.handMade());
    }

    /** The speech cues that tell reported speech from other attributions. */
    public SpeechCueList speechCues() {
        return speechCues;
    }

    public void score(String document, String text, List<GoldAttribution> gold, List<SystemQuote> system,
            CorefNames coref, AttributionTally tally) {
        tally.documents++;
        boolean[] used = new boolean[system.size()];
        int[] matchedGold = new int[system.size()];
        java.util.Arrays.fill(matchedGold, -1);
        for (int g = 0; g < gold.size(); g++) {
            GoldAttribution attribution = gold.get(g);
            int best = bestMatch(attribution, system, used);
            AttributionTally.Kind kind = kind(text, attribution);
            tally.gold(kind, best >= 0);
            if (best < 0) {
                if (kind != AttributionTally.Kind.REPORTED_OTHER) {
                    tally.misses.add(document + " missed " + kind.name().toLowerCase(Locale.ROOT) + ": "
                            + shorten(GoldAttribution.textOf(text, attribution.cue()) + " | "
                            + GoldAttribution.textOf(text, attribution.content())) + nearest(attribution, system, used));
                }
                continue;
            }
            used[best] = true;
            matchedGold[best] = g;
            scoreSpeaker(text, attribution, system.get(best), coref, tally, document);
        }
        for (int s = 0; s < system.size(); s++) {
            SystemQuote quote = system.get(s);
            AttributionTally.Kind kind = matchedGold[s] < 0 ? null : kind(text, gold.get(matchedGold[s]));
            if (kind == null) {
                tally.misses.add(document + " extra " + (quote.direct() ? "direct" : "reported") + ": "
                        + shorten(GoldAttribution.textOf(text, quote.parts())) + " (speaker " + quote.speaker() + ")"
                        + nearestGold(text, quote, gold, matchedGold));
            }
            if (quote.direct() && kind != null && kind != AttributionTally.Kind.DIRECT) {
                // the gold cue says why the gold counts it as no quotation ("thanked", "said that")
                tally.misses.add(document + " direct, gold " + kind.name().toLowerCase(Locale.ROOT) + ": "
                        + shorten(GoldAttribution.textOf(text, gold.get(matchedGold[s]).cue()) + " | "
                        + GoldAttribution.textOf(text, gold.get(matchedGold[s]).content())) + " (Dossier: "
                        + shorten(GoldAttribution.textOf(text, quote.parts())) + ", speaker " + quote.speaker() + ")");
            }
            if (!quote.direct() && kind != null && kind != AttributionTally.Kind.REPORTED_SPEECH) {
                // a report the gold counts as no speech (a belief, an intention): its gold cue says which
                tally.misses.add(document + " reported, gold " + kind.name().toLowerCase(Locale.ROOT) + ": "
                        + shorten(GoldAttribution.textOf(text, gold.get(matchedGold[s]).cue()) + " | "
                        + GoldAttribution.textOf(text, gold.get(matchedGold[s]).content())));
            }
            if (quote.direct()) {
                tally.systemDirect++;
                tally.systemDirectMatched += kind == null ? 0 : 1;
                tally.systemDirectMatchedDirect += kind == AttributionTally.Kind.DIRECT ? 1 : 0;
            } else {
                tally.systemReported++;
                tally.systemReportedMatched += kind == null ? 0 : 1;
                tally.systemReportedMatchedSpeech += kind == AttributionTally.Kind.REPORTED_SPEECH ? 1 : 0;
            }
        }
    }

    private void scoreSpeaker(String text, GoldAttribution gold, SystemQuote quote, CorefNames coref,
            AttributionTally tally, String document) {
        if (gold.source().isEmpty()) {
            tally.goldWithoutSource++;
            return;
        }
        tally.speakerScored++;
        if (quote.speaker() == null) {
            tally.speakerMissing++;
            tally.misses.add(document + " no speaker, gold '" + shorten(GoldAttribution.textOf(text, gold.source()))
                    + "': " + shorten(GoldAttribution.textOf(text, quote.parts())));
            return;
        }
        if (quote.speakerSpan() != null && gold.source().stream().anyMatch(quote.speakerSpan()::overlaps)) {
            tally.speakerRight++;
            return;
        }
        String goldName = GoldAttribution.textOf(text, gold.source());
        if (PRONOUNS.contains(goldName.strip().toLowerCase(Locale.ROOT))) {
            Span named = coref.representative(gold.source().getFirst());
            if (named != null) {
                goldName = named.of(text);
                tally.speakerPronounResolved++;
            }
        } else if (RELATIVES.contains(goldName.strip().toLowerCase(Locale.ROOT))) {
            // "Barkley, who said …": PolNeAR marks the relative pronoun; its antecedent is the words before it
            Matcher before = ANTECEDENT.matcher(text.substring(Math.max(0, gold.source().getFirst().start() - 80),
                    gold.source().getFirst().start()));
            if (before.find()) {
                goldName = before.group(1);
                tally.speakerPronounResolved++;
            }
        }
        if (sameSpeaker(goldName, quote.speaker())) {
            tally.speakerRight++;
        } else {
            tally.misses.add(document + " speaker: gold '" + shorten(goldName) + "', Dossier '" + quote.speaker()
                    + "'");
        }
    }

    /**
     * Direct, reported speech or other, for a gold attribution. PolNeAR's guide marks no directness (a statement
     * may be a quotation, a paraphrase, or a paraphrase with quoted words), so the line is this project's
     * convention: a direct quotation is the quotation itself; a mixed quote is reported speech that marks its
     * quoted fragments. So a content is direct when, read without the attribution's own source and cue, it is one or
     * more whole quotations with nothing of the reporter's but a lead-in before them ("that", a colon, a conjunction
     * or sentence adverb such as "But" or "Of course": {@link ContentQuotations}); a quotation followed by the
     * reporter's words ("“…” despite a poor record"), words between two quotations ("that “…” and that “…”") or a
     * lead-in that says more ("As for the budget, “…”") make it a mixed quote. All quotation mark styles are read
     * alike. Else it is reported speech when its cue holds an entry of the speech cues ({@link SpeechCueList}), else
     * other.
     */
    AttributionTally.Kind kind(String text, GoldAttribution gold) {
        if (quotations.isDirect(text, gold)) {
            return AttributionTally.Kind.DIRECT;
        }
        return speechCues.marksSpeech(GoldAttribution.textOf(text, gold.cue()))
                ? AttributionTally.Kind.REPORTED_SPEECH : AttributionTally.Kind.REPORTED_OTHER;
    }

    /**
     * Why a missed attribution found no quote, for reading misses: the Dossier quote that overlaps it most, when
     * one does, with its share of the shorter content and whether another attribution took it; empty when none.
     */
    private static String nearest(GoldAttribution gold, List<SystemQuote> system, boolean[] used) {
        int best = -1;
        double bestShare = 0;
        for (int i = 0; i < system.size(); i++) {
            double share = share(gold, system.get(i));
            if (share > bestShare) {
                best = i;
                bestShare = share;
            }
        }
        if (best < 0) {
            return "";
        }
        return String.format(Locale.ROOT, " [overlaps a %s quote, %.2f%s]", system.get(best).direct() ? "direct"
                : "reported", bestShare, used[best] ? ", matched to another" : "");
    }

    /**
     * Why a quote of Dossier's matched no attribution, for reading its extras: the gold attribution that overlaps it
     * most, when one does, with its kind, its share of the shorter content and whether another quote took it (the
     * gold joins two quotations Dossier keeps apart); empty when none.
     */
    private String nearestGold(String text, SystemQuote quote, List<GoldAttribution> gold, int[] matchedGold) {
        int best = -1;
        double bestShare = 0;
        for (int g = 0; g < gold.size(); g++) {
            double share = share(gold.get(g), quote);
            if (share > bestShare) {
                best = g;
                bestShare = share;
            }
        }
        if (best < 0) {
            return "";
        }
        boolean taken = false;
        for (int matched : matchedGold) {
            taken |= matched == best;
        }
        return String.format(Locale.ROOT, " [overlaps gold %s, %.2f%s]",
                kind(text, gold.get(best)).name().toLowerCase(Locale.ROOT), bestShare,
                taken ? ", matched to another" : "");
    }

    /** The characters two contents share, over the shorter's length. */
    private static double share(GoldAttribution gold, SystemQuote quote) {
        int overlap = 0;
        for (Span g : gold.content()) {
            for (Span part : quote.parts()) {
                overlap += Math.max(0, Math.min(g.end(), part.end()) - Math.max(g.start(), part.start()));
            }
        }
        int shorter = Math.min(gold.contentLength(), quote.length());
        return shorter == 0 ? 0 : (double) overlap / shorter;
    }

    private static int bestMatch(GoldAttribution gold, List<SystemQuote> system, boolean[] used) {
        int best = -1;
        double bestShare = 0;
        for (int i = 0; i < system.size(); i++) {
            if (used[i]) {
                continue;
            }
            SystemQuote quote = system.get(i);
            int overlap = 0;
            for (Span g : gold.content()) {
                for (Span part : quote.parts()) {
                    overlap += Math.max(0, Math.min(g.end(), part.end()) - Math.max(g.start(), part.start()));
                }
            }
            int shorter = Math.min(gold.contentLength(), quote.length());
            double share = shorter == 0 ? 0 : (double) overlap / shorter;
            if (share >= 0.5 && share > bestShare) {
                best = i;
                bestShare = share;
            }
        }
        return best;
    }

    /** Whether two names of a source name the same one (see the class comment). */
    static boolean sameSpeaker(String gold, String system) {
        Set<String> goldNames = nameWords(gold);
        Set<String> systemNames = nameWords(system);
        if (!goldNames.isEmpty() || !systemNames.isEmpty()) {
            goldNames.retainAll(systemNames);
            return !goldNames.isEmpty();
        }
        String goldHead = lastWord(gold);
        return !goldHead.isEmpty() && goldHead.equals(lastWord(system));
    }

    private static Set<String> nameWords(String phrase) {
        Set<String> names = new HashSet<>();
        for (String word : phrase.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                names.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static String lastWord(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words.isEmpty() ? "" : words.getLast();
    }

    private static String shorten(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() <= 160 ? line : line.substring(0, 160) + "…";
    }
}
