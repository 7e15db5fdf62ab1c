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
import org.dossier.eval.attribution.FigureSourceScorer;
import org.dossier.eval.attribution.FigureSourceTally;
import org.dossier.eval.attribution.BratAttributions;
import org.dossier.eval.attribution.CorefNames;
import org.dossier.eval.attribution.GoldAttribution;
import org.dossier.eval.attribution.PolnearSplit;
import org.dossier.eval.attribution.SystemFigure;
import org.dossier.model.Article;
import org.dossier.model.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-figure-sources",
        header = "Score the sources of figures against PolNeAR's attributions (train split).",
        mixinStandardHelpOptions = true,
        description = {
            "Checks who gives each number Dossier finds, against PolNeAR (US political news of 2016 with every "
                    + "attribution annotated: source, cue, content), train split only: its dev and test splits are "
                    + "held out. PolNeAR states no licence, so it is read from a checkout outside the repository.",
            "A figure inside a gold attribution's content is told by that attribution's source (the innermost "
                    + "when several nest; a pronoun read through PolNeAR's CoreNLP coreference); a figure outside "
                    + "every attribution has none. Prints figures inside attributions with the source right, wrong "
                    + "or missing, figures outside any attribution given a source (extra), and a listing.",
            ""},
        footer = {"", "Example:", "  dossier eval-figure-sources --polnear /work/scratch/PolNeAR --limit 400 --show 200"})
final class EvalFigureSourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "A checkout of PolNeAR.")
    Path polnear;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N train documents (by name).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--skip", paramLabel = "N", description = "Leave out the first N train documents (by name).")
    int skip;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    @Option(names = "--show", paramLabel = "N", description = "List up to N figures whose source is wrong, missing "
            + "or extra.")
    int show;

    @Option(names = "--all", description = "List every figure, those whose source is right and those with no "
            + "source either side too.")
    boolean all;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || limit < 1 || skip < 0 || show < 0) {
            err.println("error: --threads and --limit must be at least 1, --skip and --show at least 0");
            return ExitCodes.USAGE;
        }
        List<PolnearSplit.Document> documents = PolnearRuns.trainSlice(polnear, skip, limit, err);
        if (documents == null) {
            return ExitCodes.USAGE;
        }
        DossierEngine engine = PolnearRuns.loadEngine(documents.size(), threads, err);
        FigureSourceScorer scorer = FigureSourceScorer.standard();
        FigureSourceTally tally = new FigureSourceTally();
        long start = System.nanoTime();
        PolnearRuns.inOrder(documents, threads, document -> analyze(engine, document), scored -> scorer.score(
                scored.name(), scored.text(), scored.gold(), scored.figures(), scored.coref(), tally), err);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        out.println(PolnearRuns.header(polnear, skip));
        tally.print(out, show, all);
        out.printf(Locale.ROOT, "%d documents in %.1f s%n", tally.documents(), (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }

    private record Scored(String name, String text, List<GoldAttribution> gold, List<SystemFigure> figures,
            CorefNames coref) {}

    /** Analyzes the text as it is (no cleaning, so offsets are the gold's) and reads its gold. */
    private static Scored analyze(DossierEngine engine, PolnearSplit.Document document) throws Exception {
        String text = Files.readString(document.text(), StandardCharsets.UTF_8);
        List<GoldAttribution> gold = BratAttributions.parse(Files.readString(document.attributions(),
                StandardCharsets.UTF_8), text);
        CorefNames coref = document.corenlp() == null ? CorefNames.none() : CorefNames.lazy(document.corenlp());
        Article article = PolnearRuns.articleOf(document, text);
        List<SystemFigure> figures = new ArrayList<>();
        if (engine.pipeline().process(article) instanceof Outcome.Ok ok) {
            for (Figure f : ok.result().getOrEmpty(Layers.FIGURES)) {
                figures.add(new SystemFigure(f.span(), f.text(), f.source()));
            }
        }
        return new Scored(document.name(), text, gold, figures, coref);
    }
}
