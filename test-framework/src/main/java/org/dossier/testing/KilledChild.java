package org.dossier.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A crash test's child: a JVM on the test's class path that runs {@code main} and prints "stored N" as it stores
 * documents, killed with SIGKILL (no shutdown hooks, so nothing is closed) once it has stored a given number.
 */
public final class KilledChild {

    private static final String STORED = "stored ";

    private KilledChild() {}

    /**
     * Runs {@code main} with {@code args} in another JVM and kills it once it reports {@code after} stored
     * documents (or ends); {@code whileRunning}, if given, runs just before the kill.
     *
     * @return the last count the child reported
     */
    public static int runAndKill(Class<?> main, int after, Runnable whileRunning, String... args)
            throws IOException, InterruptedException {
        String[] command = new String[4 + args.length];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = main.getName();
        System.arraycopy(args, 0, command, 4, args.length);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int stored = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(STORED)) {
                    stored = Integer.parseInt(line.substring(STORED.length()));
                    if (stored >= after) {
                        break;
                    }
                }
            }
            if (whileRunning != null) {
                whileRunning.run();
            }
        } finally {
            child.destroyForcibly();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the killed child did not end within 30 s");
            }
        }
        return stored;
    }
}
