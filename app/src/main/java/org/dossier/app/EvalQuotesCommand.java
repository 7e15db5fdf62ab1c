package org.dossier.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.core.Layers;
import org.dossier.core.Outcome;
import org.dossier.engine.DossierEngine;
import org.dossier.eval.attribution.AttributionScorer;
import org.dossier.eval.attribution.AttributionTally;
import org.dossier.eval.attribution.BratAttributions;
import org.dossier.eval.attribution.CorefNames;
import org.dossier.eval.attribution.GoldAttribution;
import org.dossier.eval.attribution.PolnearSplit;
import org.dossier.eval.attribution.SpeechCueList;
import org.dossier.eval.attribution.SystemQuote;
import org.dossier.model.Article;
import org.dossier.model.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-quotes",
        header = "Score quotes and speakers against PolNeAR's train split.",
        mixinStandardHelpOptions = true,
        description = {
            "Score Dossier's quotes and speakers against PolNeAR (US political news of 2016 with every attribution "
                    + "annotated: source, cue, content), train split only: its dev and test splits are held out. "
                    + "PolNeAR states no licence, so it is read from a checkout outside the repository "
                    + "(git clone https://github.com/networkdynamics/PolNeAR into a scratch folder).",
            "Prints recall of direct quotes, of reported speech with a speech cue and of other attributions "
                    + "(one to one by content overlap), the precision of Dossier's direct and reported quotes, "
                    + "and speaker accuracy on matched quotes (a gold pronoun is read as its CoreNLP coreference "
                    + "name, from the annotation PolNeAR ships).",
            "A cue is a speech cue when it holds a word of the hand-made list (said, told, according to, "
                    + "announced, warned, statement, interview, ...). The figures under a wider list follow the "
                    + "report: the hand-made words and every verb whose first WordNet sense is one of communication "
                    + "(accused, demanded, pledged, criticized; not believe, want, expect, show); --speech-cues "
                    + "wordnet turns them round.",
            ""},
        footer = {"", "Example:", "  dossier eval-quotes --polnear /work/scratch/PolNeAR --limit 200 --show-misses 30"})
final class EvalQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "A checkout of PolNeAR.")
    Path polnear;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N train documents (by name).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--skip", paramLabel = "N", description = "Leave out the first N train documents (by name), "
            + "e.g. those whose misses were read while developing, to measure on the rest.")
    int skip;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    @Option(names = "--speech-cues", paramLabel = "LIST", description = "Which speech cues the full report and its "
            + "misses use: hand-made (the list of record) or wordnet (the hand-made words and WordNet's verbs of "
            + "communication); the other list's figures follow it (default: ${DEFAULT-VALUE}).")
    String speechCues = "hand-made";

    @Option(names = "--show-misses", paramLabel = "N", description = "Print up to N missed quotes and wrong "
            + "speakers.")
    int showMisses;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || limit < 1 || skip < 0) {
            err.println("error: --threads and --limit must be at least 1, --skip at least 0");
            return ExitCodes.USAGE;
        }
        if (!speechCues.equals("hand-made") && !speechCues.equals("wordnet")) {
            err.println("error: --speech-cues is hand-made or wordnet");
            return ExitCodes.USAGE;
        }
        List<PolnearSplit.Document> documents = PolnearRuns.trainSlice(polnear, skip, limit, err);
        if (documents == null) {
            return ExitCodes.USAGE;
        }
        DossierEngine engine = PolnearRuns.loadEngine(documents.size(), threads, err);
        // the same quotes under the other list of speech cues: the wider WordNet view beside the list of record
        boolean handMade = speechCues.equals("hand-made");
        AttributionScorer scorer = new AttributionScorer(handMade ? SpeechCueList.handMade()
                : SpeechCueList.wordNet());
        AttributionTally tally = new AttributionTally();
        AttributionScorer otherScorer = new AttributionScorer(handMade ? SpeechCueList.wordNet()
                : SpeechCueList.handMade());
        AttributionTally otherTally = new AttributionTally();
        long start = System.nanoTime();
        PolnearRuns.inOrder(documents, threads, document -> analyze(engine, document), scored -> {
            scorer.score(scored.name(), scored.text(), scored.gold(), scored.quotes(), scored.coref(), tally);
            otherScorer.score(scored.name(), scored.text(), scored.gold(), scored.quotes(), scored.coref(),
                    otherTally);
        }, err);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        out.println(PolnearRuns.header(polnear, skip));
        out.println("speech cues: " + scorer.speechCues().name());
        tally.print(out, showMisses);
        otherTally.printBySpeechCues(out, otherScorer.speechCues().name());
        out.printf(Locale.ROOT, "%d documents in %.1f s%n", tally.documents(), (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }

    private record Scored(String name, String text, List<GoldAttribution> gold, List<SystemQuote> quotes,
            CorefNames coref) {}

    /** Analyzes the text as it is (no cleaning, so offsets are the gold's) and reads its gold. */
    private static Scored analyze(DossierEngine engine, PolnearSplit.Document document) throws Exception {
        String text = Files.readString(document.text(), StandardCharsets.UTF_8);
        List<GoldAttribution> gold = BratAttributions.parse(Files.readString(document.attributions(),
                StandardCharsets.UTF_8), text);
        CorefNames coref = document.corenlp() == null ? CorefNames.none() : CorefNames.lazy(document.corenlp());
        Article article = PolnearRuns.articleOf(document, text);
        List<SystemQuote> quotes = new ArrayList<>();
        if (engine.pipeline().process(article) instanceof Outcome.Ok ok) {
            for (Quote q : ok.result().getOrEmpty(Layers.QUOTES)) {
                if (q.stance()) {
                    continue; // a stance shown ("expressed sympathy with …") is no quote
                }
                quotes.add(new SystemQuote(q.parts(), q.direct(), q.speaker() == null ? null : q.speaker().name(),
                        q.speaker() == null ? null : q.speaker().span()));
            }
        }
        return new Scored(document.name(), text, gold, quotes, coref);
    }
}
