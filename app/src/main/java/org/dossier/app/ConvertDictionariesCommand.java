package org.dossier.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.extract.dictionaries.DictionaryConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "convert-dictionaries",
        header = "Convert PETRARCH's Phoenix/CAMEO dictionaries to Dossier's tab-separated format.",
        mixinStandardHelpOptions = true,
        description = {
            "Convert PETRARCH's Phoenix/CAMEO dictionaries (Phoenix.{Countries,International,MilNonState}.actors.txt, "
                    + "Phoenix.agents.txt, CAMEO.2.0.txt) to Dossier's tab-separated format: actors.tsv, agents.tsv "
                    + "and verbs.tsv. The files Dossier ships were made this way; see "
                    + "extract/src/main/resources/org/dossier/extract/dictionaries/README.md for the format.",
            ""},
        footer = {"", "Example:",
            "  dossier convert-dictionaries --from ../shared/bench/petrarch-event-coding/dictionaries/petrarch2 "
                    + "--to /tmp/dictionaries"})
final class ConvertDictionariesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The folder of PETRARCH files.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "Where to write the .tsv files.")
    Path to;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(from)) {
            spec.commandLine().getErr().println("error: " + from + " is not a folder");
            return ExitCodes.USAGE;
        }
        DictionaryConverter.Counts counts = DictionaryConverter.convert(from, to);
        spec.commandLine().getOut().printf("Wrote %s: %,d actor phrases, %,d agent phrases, %,d verbs, "
                + "%,d patterns, %,d synonym sets.%n", to, counts.actorPhrases(), counts.agentPhrases(),
                counts.verbs(), counts.patterns(), counts.synsets());
        return ExitCodes.OK;
    }
}
