package org.dossier.extract.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.extract.WordTables;

/**
 * The dictionaries event coding runs on: actors, agents, metonyms, CAMEO verbs and the CAMEO code table. Load
 * once per process and share; they are immutable.
 *
 * @param actors countries, international organizations, non-state groups and people (Phoenix, with a small
 *     supplement of Dossier's own)
 * @param agents kinds of actors that take a country ("rebels", "foreign minister"; Phoenix)
 * @param metonyms places that stand for a government ("Moscow", "the Kremlin"; Dossier's own)
 * @param verbs the CAMEO verb dictionary
 * @param codes the CAMEO code table
 * @param names canonical names of countries and their sectors (Dossier's own)
 */
public record Dictionaries(ActorDictionary actors, AgentDictionary agents, ActorDictionary metonyms,
        VerbDictionary verbs, CameoCodes codes, ActorNames names) {

    private static final String RESOURCES = "/org/dossier/extract/dictionaries/";

    /**
     * Agents coded by their religion alone ("archbishop" CHR) as the religious sector of that religion (RELCHR):
     * the gold codes religious actors REL, and codes compare on the country and the sector. actors/religions.txt.
     */
    static List<AgentEntry> religiousAsSector(List<AgentEntry> agents) {
        Set<String> religions = WordTables.set("actors/religions.txt");
        return agents.stream()
                .map(a -> religions.contains(a.code()) ? new AgentEntry(a.words(), RELIGIOUS + a.code()) : a)
                .toList();
    }

    private static final String RELIGIOUS = "REL";

    /** The dictionaries shipped with Dossier, converted from Phoenix/CAMEO (see the README beside them). */
    public static Dictionaries standard() {
        try {
            List<ActorEntry> actors = new ArrayList<>(DossierFormat.readActors(resource("actors.tsv")));
            actors.addAll(DossierFormat.readActors(resource("actors-supplement.tsv")));
            // Dossier's supplement comes first: where it codes a phrase differently, its entry wins.
            List<AgentEntry> agents = new ArrayList<>(DossierFormat.readAgents(resource("agents-supplement.tsv")));
            agents.addAll(DossierFormat.readAgents(resource("agents.tsv")));
            return new Dictionaries(new ActorDictionary(actors), new AgentDictionary(religiousAsSector(agents)),
                    new ActorDictionary(metonyms(resource("metonyms.tsv"))),
                    new VerbDictionary(merge(DossierFormat.readVerbs(resource("verbs-supplement.tsv")),
                            DossierFormat.readVerbs(resource("verbs.tsv")))),
                    CameoCodes.read(resource("cameo-codes.tsv")),
                    ActorNames.read(resource("countries.tsv"), resource("sectors.tsv")));
        } catch (IOException e) {
            throw new UncheckedIOException("the event dictionaries shipped with Dossier cannot be read", e);
        }
    }

    /**
     * Dictionaries read straight from a folder of PETRARCH files, such as PETRARCH's validation dictionaries:
     * the actor, agent and verb files given by name, with Dossier's metonyms and code table.
     */
    public static Dictionaries fromPetrarch(Path folder, List<String> actorFiles, String agentFile, String verbFile)
            throws IOException {
        List<ActorEntry> actors = new ArrayList<>();
        for (String file : actorFiles) {
            try (BufferedReader in = Files.newBufferedReader(folder.resolve(file), StandardCharsets.ISO_8859_1)) {
                actors.addAll(PetrarchFormat.readActors(in));
            }
        }
        try (BufferedReader agents = Files.newBufferedReader(folder.resolve(agentFile), StandardCharsets.ISO_8859_1);
                BufferedReader verbs = Files.newBufferedReader(folder.resolve(verbFile), StandardCharsets.ISO_8859_1)) {
            Dictionaries standard = standard();
            return new Dictionaries(new ActorDictionary(actors), new AgentDictionary(PetrarchFormat.readAgents(agents)),
                    standard.metonyms(), new VerbDictionary(PetrarchFormat.readVerbs(verbs)), standard.codes(),
                    standard.names());
        }
    }

    /** Both dictionaries; where both code a verb, the first one's entry is found first and wins. */
    private static VerbEntries merge(VerbEntries a, VerbEntries b) {
        List<VerbEntries.Verb> verbs = new ArrayList<>(a.verbs());
        verbs.addAll(b.verbs());
        List<VerbEntries.Pattern> patterns = new ArrayList<>(a.patterns());
        patterns.addAll(b.patterns());
        java.util.Map<String, java.util.Set<String>> synsets = new java.util.LinkedHashMap<>(b.synsets());
        synsets.putAll(a.synsets());
        return new VerbEntries(verbs, patterns, synsets);
    }

    private static List<ActorEntry> metonyms(BufferedReader in) throws IOException {
        List<ActorEntry> entries = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            entries.add(new ActorEntry(List.of(f[0].split(" ")), f[1], null, null, f[2]));
        }
        return entries;
    }

    private static BufferedReader resource(String name) throws IOException {
        InputStream in = Dictionaries.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("resource " + RESOURCES + name + " is missing from the classpath (it ships in "
                    + "the dossier-extract jar)");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
