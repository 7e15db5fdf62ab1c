package org.dossier.extract.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts the Phoenix/CAMEO dictionaries of PETRARCH to Dossier's format: {@code actors.tsv} from the country,
 * international and non-state actor files, {@code agents.tsv}, and {@code verbs.tsv} from the CAMEO verb file.
 * Run once when the upstream dictionaries change; the results ship as resources.
 */
public final class DictionaryConverter {

    public static final List<String> ACTOR_FILES = List.of("Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    public static final String AGENT_FILE = "Phoenix.agents.txt";
    public static final String VERB_FILE = "CAMEO.2.0.txt";

    /** What was written, for the command to report. */
    public record Counts(int actorPhrases, int agentPhrases, int verbs, int patterns, int synsets) {}

    private DictionaryConverter() {}

    public static Counts convert(Path petrarchDir, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<ActorEntry> actors = new ArrayList<>();
        for (String file : ACTOR_FILES) {
            try (BufferedReader in = read(petrarchDir.resolve(file))) {
                actors.addAll(PetrarchFormat.readActors(in));
            }
        }
        List<AgentEntry> agents;
        try (BufferedReader in = read(petrarchDir.resolve(AGENT_FILE))) {
            agents = PetrarchFormat.readAgents(in);
        }
        VerbEntries verbs;
        try (BufferedReader in = read(petrarchDir.resolve(VERB_FILE))) {
            verbs = PetrarchFormat.readVerbs(in);
        }
        try (Writer out = Files.newBufferedWriter(outDir.resolve("actors.tsv"), StandardCharsets.UTF_8)) {
            DossierFormat.writeActors(actors, out);
        }
        try (Writer out = Files.newBufferedWriter(outDir.resolve("agents.tsv"), StandardCharsets.UTF_8)) {
            DossierFormat.writeAgents(agents, out);
        }
        try (Writer out = Files.newBufferedWriter(outDir.resolve("verbs.tsv"), StandardCharsets.UTF_8)) {
            DossierFormat.writeVerbs(verbs, out);
        }
        return new Counts(actors.size(), agents.size(), verbs.verbs().size(), verbs.patterns().size(),
                verbs.synsets().size());
    }

    /** The upstream files are mostly ASCII with a few Latin-1 names. */
    private static BufferedReader read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("dictionary file not found: " + file);
        }
        return Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
    }
}
