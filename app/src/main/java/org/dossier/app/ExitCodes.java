package org.dossier.app;

/** The exit codes of every command, listed in their help. */
final class ExitCodes {

    static final int OK = 0;
    static final int DOCUMENTS_FAILED = 1;
    static final int USAGE = 2;
    static final int FATAL = 3;

    static final String[] HELP = {
        "Exit codes:",
        "  0   all documents were analyzed",
        "  1   some documents failed; each has an error line in the output",
        "  2   invalid command line",
        "  3   the run could not be done (missing models, unwritable output, ...)"
    };

    private ExitCodes() {}
}
