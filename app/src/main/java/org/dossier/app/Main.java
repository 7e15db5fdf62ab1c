package org.dossier.app;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import picocli.CommandLine;

/** Entry point of the {@code dossier} command. */
public final class Main {

    private Main() {}

    /** Held so the setting outlives garbage collection: JUL keeps loggers weakly. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        // Lucene's note that the incubating Vector API is off is no news to a user: story vectors are small.
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting (for tests). */
    public static int run(String... args) {
        // CoreNLP announces every model it loads on stderr; keep stderr for our progress and warnings.
        RedwoodConfiguration.current().clear().apply();
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DossierCommand());
        CommandGroups.install(commandLine);
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            cmd.getErr().println("error: " + messageOf(exception));
            return ExitCodes.FATAL;
        });
        CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((exception, args) -> {
            String file = fileTakenForAnOption(args);
            if (file != null) {
                exception.getCommandLine().getErr().println("error: '" + file + "' looks like an option, but it is "
                        + "a file; name it ./" + file + ", or put -- before the file names");
                return ExitCodes.USAGE;
            }
            return usage.handleParseException(exception, args);
        });
        return commandLine;
    }

    /**
     * An argument that begins with '-' and names an existing file: picocli reads it as an unknown option, and
     * its own message ("Missing required parameter") would not tell the user why.
     */
    static String fileTakenForAnOption(String[] args) {
        boolean afterDoubleDash = false;
        for (String arg : args) {
            if (arg.equals("--")) {
                afterDoubleDash = true;
            } else if (!afterDoubleDash && arg.startsWith("-") && arg.length() > 1 && !arg.contains("=")
                    && exists(arg)) {
                return arg;
            }
        }
        return null;
    }

    private static boolean exists(String path) {
        try {
            return java.nio.file.Files.exists(java.nio.file.Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static String messageOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
