package org.dossier.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "dossier",
        mixinStandardHelpOptions = true,
        versionProvider = DossierCommand.Version.class,
        description = {
            "Turns raw news articles into a source-attributed dossier: clean text, title, outlet, date and "
                    + "dateline, entities under canonical names, quotes with their speakers, CAMEO-coded events and "
                    + "figures with who reported them, and stories across articles, each item pointing at its "
                    + "characters in the text.",
            ""},
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, EvalCommand.class, BenchCommand.class,
            BenchExtractCommand.class, EvalCameoCommand.class, EvalQuotesCommand.class, EvalFigureSourcesCommand.class,
            ExplainEventsCommand.class,
            TrainEventsCommand.class, CalibrateEventsCommand.class, TrainPageKindsCommand.class,
            ConvertDictionariesCommand.class,
            EvalClusteringCommand.class, BenchClusteringCommand.class, BenchStoriesCommand.class, ExportCommand.class,
            IngestCommand.class, WatchCommand.class,
            ServeCommand.class, ReindexCommand.class, RebuildStoriesCommand.class, BenchApiCommand.class,
            BenchStoreCommand.class, EvalGeoCommand.class,
            BenchGazetteerCommand.class,
            picocli.CommandLine.HelpCommand.class},
        footer = {"", "Run 'dossier help COMMAND' for a command's options."})
final class DossierCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** No command: the usage on standard error, and the exit code of a usage error (a script must not go on). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"dossier " + number(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }

        /** Dossier's version, as the build wrote it, or "unknown". */
        static String number() throws IOException {
            Properties props = new Properties();
            try (InputStream in = DossierCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            }
            return props.getProperty("version", "unknown");
        }
    }
}
