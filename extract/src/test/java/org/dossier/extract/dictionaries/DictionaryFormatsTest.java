package org.dossier.extract.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PETRARCH reader and Dossier's own format, on snippets written like the Phoenix files. */
class DictionaryFormatsTest {

    private static final String ACTORS = String.join("\n",
            "# a comment line",
            "HAMID_KARZAI_  # inline comment",
            "+PRESIDENT_KARZAI_",
            "\t[AFGELI 620101-020612]",
            "\t[AFGGOV 020613-141001]",
            "<!-- a block",
            "comment -->",
            "RED_CROSS_ [NGOHLH]",
            "");

    private static final String AGENTS = String.join("\n",
            "REBEL [~REB]",
            "MINISTER_ {MINISTERS_} [~GOV]",
            "POLICE_ {} [~COP]",
            "");

    private static final String VERBS = String.join("\n",
            "--- ATTACK  [190]  ---",
            "ATTACK    # jw   10/11/91",
            "+ASSAULT",
            "- PLANES_*  [195]",
            "- * WITH ARTILLERY  [194]",
            "",
            "--- ACCORD  [---] ---",
            "ACCORD",
            "",
            "&CURRENCY",
            "+DOLLAR",
            "+EURO",
            "");

    @Test
    void actorCodesFollowTheirDates() throws Exception {
        ActorDictionary actors = new ActorDictionary(PetrarchFormat.readActors(reader(ACTORS)));
        List<String> words = List.of("president", "karzai", "said");

        assertThat(actors.match(words, 0, LocalDate.of(2001, 1, 1))).get()
                .satisfies(m -> assertThat(m.entry().code()).isEqualTo("AFGELI"))
                .satisfies(m -> assertThat(m.length()).isEqualTo(2));
        assertThat(actors.match(words, 0, LocalDate.of(2010, 1, 1))).get()
                .satisfies(m -> assertThat(m.entry().code()).isEqualTo("AFGGOV"));
        assertThat(actors.match(List.of("the", "red", "cross"), 1, null)).get()
                .satisfies(m -> assertThat(m.entry().code()).isEqualTo("NGOHLH"));
        assertThat(actors.match(List.of("comment"), 0, null)).isEmpty();
    }

    @Test
    void agentsGetTheirPlurals() throws Exception {
        AgentDictionary agents = new AgentDictionary(PetrarchFormat.readAgents(reader(AGENTS)));

        assertThat(agents.match(List.of("rebels"), 0)).get()
                .satisfies(m -> assertThat(m.entry().code()).isEqualTo("REB"));
        assertThat(agents.match(List.of("ministers"), 0)).get()
                .satisfies(m -> assertThat(m.entry().code()).isEqualTo("GOV"));
        assertThat(agents.match(List.of("polices"), 0)).isEmpty();
    }

    @Test
    void verbsKeepBlockCodesPatternsAndNonEvents() throws Exception {
        VerbEntries entries = PetrarchFormat.readVerbs(reader(VERBS));
        VerbDictionary verbs = new VerbDictionary(entries);

        assertThat(verbs.find("assault", null).code()).isEqualTo("190");
        assertThat(verbs.find("accord", null).code()).isEqualTo(VerbEntries.NO_EVENT);
        assertThat(verbs.patterns("ATTACK")).extracting(VerbEntries.Pattern::code).containsExactly("195", "194");
        assertThat(verbs.patterns("ATTACK").get(1).after()).containsExactly("with", "artillery");
        assertThat(verbs.synset("&currency")).containsExactly("dollar", "euro");
    }

    @Test
    void dossierFormatRoundTripsWhatPetrarchFilesSay() throws Exception {
        List<ActorEntry> actors = PetrarchFormat.readActors(reader(ACTORS));
        StringWriter actorOut = new StringWriter();
        DossierFormat.writeActors(actors, actorOut);
        assertThat(DossierFormat.readActors(reader(actorOut.toString()))).isEqualTo(actors);

        List<AgentEntry> agents = PetrarchFormat.readAgents(reader(AGENTS));
        StringWriter agentOut = new StringWriter();
        DossierFormat.writeAgents(agents, agentOut);
        assertThat(DossierFormat.readAgents(reader(agentOut.toString()))).isEqualTo(agents);

        VerbEntries verbs = PetrarchFormat.readVerbs(reader(VERBS));
        StringWriter verbOut = new StringWriter();
        DossierFormat.writeVerbs(verbs, verbOut);
        assertThat(DossierFormat.readVerbs(reader(verbOut.toString()))).isEqualTo(verbs);
    }

    @Test
    void converterWritesWhatTheReadersRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path in = java.nio.file.Files.createDirectories(dir.resolve("petrarch"));
        for (String file : DictionaryConverter.ACTOR_FILES) {
            java.nio.file.Files.writeString(in.resolve(file), ACTORS);
        }
        java.nio.file.Files.writeString(in.resolve(DictionaryConverter.AGENT_FILE), AGENTS);
        java.nio.file.Files.writeString(in.resolve(DictionaryConverter.VERB_FILE), VERBS);

        DictionaryConverter.Counts counts = DictionaryConverter.convert(in, dir.resolve("out"));

        assertThat(counts.actorPhrases()).isEqualTo(3 * PetrarchFormat.readActors(reader(ACTORS)).size());
        assertThat(counts.verbs()).isEqualTo(3);
        assertThat(counts.patterns()).isEqualTo(2);
        try (BufferedReader actors = java.nio.file.Files.newBufferedReader(dir.resolve("out/actors.tsv"))) {
            assertThat(DossierFormat.readActors(actors)).hasSize(counts.actorPhrases());
        }
    }

    @Test
    void cameoCodesGiveRootQuadClassAndGoldstein() {
        Dictionaries standard = Dictionaries.standard();

        assertThat(CameoCodes.root("0213")).isEqualTo("02");
        assertThat(CameoCodes.quadClass("042")).isEqualTo(1);
        assertThat(CameoCodes.quadClass("071")).isEqualTo(2);
        assertThat(CameoCodes.quadClass("112")).isEqualTo(3);
        assertThat(CameoCodes.quadClass("190")).isEqualTo(4);
        assertThat(standard.codes().goldstein("190")).isEqualTo(-10.0);
        assertThat(standard.codes().goldstein("042")).isGreaterThan(0);
    }

    @Test
    void shippedDictionariesAreComplete() {
        Dictionaries standard = Dictionaries.standard();

        assertThat(standard.actors().size()).isGreaterThan(40_000);
        assertThat(standard.agents().size()).isGreaterThan(5_000);
        assertThat(standard.verbs().verbCount()).isGreaterThan(1_500);
        assertThat(standard.actors().match(List.of("syria"), 0, LocalDate.of(2016, 10, 10))).get()
                .satisfies(m -> assertThat(m.entry().code()).isEqualTo("SYR"));
        assertThat(standard.metonyms().match(List.of("the", "kremlin"), 1, null)).get()
                .satisfies(m -> assertThat(m.entry().code()).isEqualTo("RUSGOV"));
    }

    @Test
    void supplementLeadersFollowTheirTermsAndCommonSurnamesStayUnlisted() {
        ActorDictionary actors = Dictionaries.standard().actors();

        assertThat(actors.match(List.of("boris", "johnson"), 0, LocalDate.of(2020, 6, 1))).get()
                .satisfies(m -> assertThat(m.entry().code()).isEqualTo("GBRGOV"));
        assertThat(actors.match(List.of("boris", "johnson"), 0, LocalDate.of(2024, 6, 1))).get()
                .satisfies(m -> assertThat(m.entry().code()).isEqualTo("GBRELI"));
        assertThat(actors.match(List.of("trump"), 0, LocalDate.of(2018, 1, 1))).get()
                .satisfies(m -> assertThat(m.entry().code()).isEqualTo("USAGOV"));
        assertThat(actors.match(List.of("trump"), 0, LocalDate.of(2023, 1, 1))).get()
                .satisfies(m -> assertThat(m.entry().code()).isEqualTo("USAELI"));
        for (String surname : List.of("johnson", "harris", "bennett")) {
            assertThat(actors.match(List.of(surname), 0, LocalDate.of(2022, 1, 1))).as(surname).isEmpty();
        }
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
