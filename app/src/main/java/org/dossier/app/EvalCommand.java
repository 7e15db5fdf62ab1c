package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.eval.EvalResult;
import org.dossier.eval.Evaluator;
import org.dossier.eval.GoldSet;
import org.dossier.output.ArticleRecord;
import org.dossier.output.ArticlesJsonl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Score an analyze run against gold annotations and print precision, recall and F1 for each field: "
                    + "cleaning (body lines kept, boilerplate removed), title, outlet, published, dateline, persons, "
                    + "organizations, locations, quotes (with speaker accuracy), figures and events.",
            "Gold files use Dossier's evaluation format (see shared/gold/README.md); gold articles are matched to "
                    + "output records by file name.",
            ""},
        footer = {"", "Example:", "  dossier analyze ../shared/seeds --out out/seeds",
            "  dossier eval --gold ../shared/gold/seeds-dev.json --out out/seeds"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "The gold annotations.")
    Path gold;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "The output folder of an analyze run (holding articles.jsonl).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path articles = out.resolve(ArticlesJsonl.FILE_NAME);
        if (!Files.isRegularFile(articles)) {
            err.println("error: " + articles + " not found; run 'dossier analyze ... --out " + out + "' first");
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(gold)) {
            err.println("error: gold file " + gold + " not found");
            return ExitCodes.USAGE;
        }
        List<ArticleRecord> records = ArticlesJsonl.read(articles);
        EvalResult result = new Evaluator().evaluate(GoldSet.read(gold), records);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Gold: " + gold + "   System: " + articles);
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        result.print(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
        stdout.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
        stdout.flush();
        return ExitCodes.OK;
    }
}
