package org.dossier.eval.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * Scores the sources of Dossier's figures against an article's gold attributions (PolNeAR marks every
 * attribution's source, cue and content). A figure that lies inside a gold attribution's content is told by that
 * attribution's source: the innermost attribution when several nest ("A said that B reported N" is B's), a figure
 * lying inside when at least half of its characters are in the content. A figure in the narrator's text outside
 * every attribution has no source. Sources are compared as {@link AttributionScorer} compares speakers (a shared
 * name word, or the same head word for "officials"); a gold pronoun is read as the name its CoreNLP coreference
 * chain gives, a relative pronoun ("Barkley, who said") as the words before it. Each figure inside an attribution
 * is marked by whether the attribution's cue is a speech cue ({@code speech-cues.txt}, as {@code eval-quotes}
 * reads it): PolNeAR's content spans of other cues (a belief, a proposal, "extols", "blocked") often hold the
 * narrator's background facts, which have no source under the figure gold's conventions, so the silver label is
 * surer under a speech cue.
 */
public final class FigureSourceScorer {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "him", "her", "them",
            "you", "his", "their", "its", "our", "my", "me", "us");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    /**
     * A name, then an apposition opened by an article and set off by commas, right before a relative pronoun:
     * "Jane Roe, the director of the Acme Partnership for Peace, who" names Jane Roe, not the partnership.
     */
    private static final Pattern APPOSITION_BEFORE = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*),\\s+(?:the|a|an)\\s+[^,]{1,120},\\s*$");
    /** The last few words before a relative pronoun's comma: "… said Jane Roe, who". */
    private static final Pattern ANTECEDENT = Pattern.compile("((?:[\\p{L}.'’-]+\\s+){0,3}[\\p{L}.'’-]+)\\s*,?\\s*$");

    private final SpeechCueList speechCues;

    public FigureSourceScorer(SpeechCueList speechCues) {
        this.speechCues = speechCues;
    }

    /** With the speech cues of record, as {@code eval-quotes} ({@link SpeechCueList#handMade()}). */
    public static FigureSourceScorer standard() {
        return new FigureSourceScorer(SpeechCueList.handMade());
    }

    public void score(String document, String text, List<GoldAttribution> gold, List<SystemFigure> figures,
            CorefNames coref, FigureSourceTally tally) {
        tally.documents++;
        for (SystemFigure figure : figures) {
            tally.add(line(document, text, gold, figure, coref));
        }
    }

    private FigureSourceTally.Line line(String document, String text, List<GoldAttribution> gold,
            SystemFigure figure, CorefNames coref) {
        GoldAttribution teller = innermost(gold, figure.span());
        String figureText = shorten(figure.text());
        if (teller == null) {
            return new FigureSourceTally.Line(document, figure.source() == null ? FigureSourceTally.Verdict.NONE
                    : FigureSourceTally.Verdict.EXTRA, false, figure.span().start(), figureText, figure.source(),
                    null, null);
        }
        String cue = shorten(GoldAttribution.textOf(text, teller.cue()));
        boolean speech = speechCue(cue);
        if (teller.source().isEmpty()) {
            return new FigureSourceTally.Line(document, figure.source() == null
                    ? FigureSourceTally.Verdict.SOURCELESS_NONE : FigureSourceTally.Verdict.SOURCELESS_GIVEN, speech,
                    figure.span().start(), figureText, figure.source(), null, cue);
        }
        String goldName = goldName(text, teller.source(), coref);
        FigureSourceTally.Verdict verdict = figure.source() == null ? FigureSourceTally.Verdict.MISSING
                : AttributionScorer.sameSpeaker(goldName, figure.source()) ? FigureSourceTally.Verdict.RIGHT
                : FigureSourceTally.Verdict.WRONG;
        return new FigureSourceTally.Line(document, verdict, speech, figure.span().start(), figureText,
                figure.source(), shorten(goldName), cue);
    }

    /** Whether a word of the cue is a speech cue ("said", "according to"), not a belief's or an act's. */
    private boolean speechCue(String cue) {
        return speechCues.marksSpeech(cue);
    }

    /** The attribution with the shortest content that holds at least half of the span, or null. */
    static GoldAttribution innermost(List<GoldAttribution> gold, Span span) {
        GoldAttribution best = null;
        for (GoldAttribution attribution : gold) {
            int inside = 0;
            for (Span content : attribution.content()) {
                inside += Math.max(0, Math.min(content.end(), span.end()) - Math.max(content.start(), span.start()));
            }
            if (2 * inside >= Math.max(1, span.length())
                    && (best == null || attribution.contentLength() < best.contentLength())) {
                best = attribution;
            }
        }
        return best;
    }

    /** The gold source's words, a pronoun read through coreference and a relative pronoun as its antecedent. */
    private static String goldName(String text, List<Span> source, CorefNames coref) {
        String name = GoldAttribution.textOf(text, source);
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            Span named = coref.representative(source.getFirst());
            return named == null ? name : named.of(text);
        }
        if (RELATIVES.contains(lower)) {
            String preceding = text.substring(Math.max(0, source.getFirst().start() - 200), source.getFirst().start());
            Matcher apposition = APPOSITION_BEFORE.matcher(preceding);
            if (apposition.find()) {
                return apposition.group(1); // "Jane Roe, the director of the Acme Partnership, who": Jane Roe
            }
            Matcher before = ANTECEDENT.matcher(preceding.substring(Math.max(0, preceding.length() - 80)));
            if (before.find()) {
                return before.group(1);
            }
        }
        return name;
    }

    private static String shorten(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() <= 120 ? line : line.substring(0, 120) + "…";
    }
}
