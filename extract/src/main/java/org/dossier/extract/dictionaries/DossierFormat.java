package org.dossier.extract.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dossier's own dictionary format: tab-separated lines, one fact per line, "#" comments; described in the
 * README beside the files. The converted Phoenix/CAMEO dictionaries ship in it as resources.
 *
 * <pre>
 * actors.tsv   phrase  code  from  until  name        ("moscow  RUS  -  -  Russian Federation")
 * agents.tsv   phrase  code                           ("foreign minister  GOV")
 * verbs.tsv    V  block  verb  code                   ("V  BLAME  accuse  112")
 *              P  block  before  after  code          ("P  BLAME  -  of torture  1122")
 *              S  synset  phrase                      ("S  &amp;military  army")
 * </pre>
 *
 * Phrases are lower-case words separated by single spaces; "-" stands for an empty field.
 */
public final class DossierFormat {

    private static final String EMPTY = "-";

    private DossierFormat() {}

    public static void writeActors(List<ActorEntry> entries, Writer out) throws IOException {
        out.write("# phrase\tcode\tfrom\tuntil\tname\n");
        for (ActorEntry e : entries) {
            out.write(String.join("\t", String.join(" ", e.words()), e.code(), field(e.from()), field(e.until()),
                    e.name()) + "\n");
        }
    }

    public static List<ActorEntry> readActors(BufferedReader in) throws IOException {
        List<ActorEntry> entries = new ArrayList<>();
        for (String[] f : rows(in)) {
            require(f, 5);
            entries.add(new ActorEntry(Arrays.asList(f[0].split(" ")), f[1], date(f[2]), date(f[3]), f[4]));
        }
        return entries;
    }

    public static void writeAgents(List<AgentEntry> entries, Writer out) throws IOException {
        out.write("# phrase\tcode\n");
        for (AgentEntry e : entries) {
            out.write(String.join(" ", e.words()) + "\t" + e.code() + "\n");
        }
    }

    public static List<AgentEntry> readAgents(BufferedReader in) throws IOException {
        List<AgentEntry> entries = new ArrayList<>();
        for (String[] f : rows(in)) {
            require(f, 2);
            entries.add(new AgentEntry(Arrays.asList(f[0].split(" ")), f[1]));
        }
        return entries;
    }

    public static void writeVerbs(VerbEntries entries, Writer out) throws IOException {
        out.write("# S\tsynset\tphrase | V\tblock\tverb\tcode | P\tblock\tbefore\tafter\tcode\n");
        for (Map.Entry<String, Set<String>> synset : entries.synsets().entrySet()) {
            for (String member : synset.getValue()) {
                out.write("S\t" + synset.getKey() + "\t" + member + "\n");
            }
        }
        for (VerbEntries.Verb v : entries.verbs()) {
            out.write("V\t" + v.block() + "\t" + v.lemma() + "\t" + v.code() + "\n");
        }
        for (VerbEntries.Pattern p : entries.patterns()) {
            out.write("P\t" + p.block() + "\t" + words(p.before()) + "\t" + words(p.after()) + "\t" + p.code() + "\n");
        }
    }

    public static VerbEntries readVerbs(BufferedReader in) throws IOException {
        List<VerbEntries.Verb> verbs = new ArrayList<>();
        List<VerbEntries.Pattern> patterns = new ArrayList<>();
        Map<String, Set<String>> synsets = new LinkedHashMap<>();
        for (String[] f : rows(in)) {
            switch (f[0]) {
                case "S" -> {
                    require(f, 3);
                    synsets.computeIfAbsent(f[1], k -> new LinkedHashSet<>()).add(f[2]);
                }
                case "V" -> {
                    require(f, 4);
                    verbs.add(new VerbEntries.Verb(f[1], f[2], f[3]));
                }
                case "P" -> {
                    require(f, 5);
                    patterns.add(new VerbEntries.Pattern(f[1], list(f[2]), list(f[3]), f[4]));
                }
                default -> throw new IOException("unknown verb dictionary line kind '" + f[0] + "'");
            }
        }
        return new VerbEntries(verbs, patterns, synsets);
    }

    static List<String[]> rows(BufferedReader in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2) {
                throw new IOException("line " + number + ": expected tab-separated fields: " + line);
            }
            rows.add(fields);
        }
        return rows;
    }

    private static void require(String[] fields, int count) throws IOException {
        if (fields.length < count) {
            throw new IOException("expected " + count + " fields, found " + fields.length + ": "
                    + String.join("\\t", fields));
        }
    }

    private static String field(LocalDate date) {
        return date == null ? EMPTY : date.toString();
    }

    private static LocalDate date(String field) {
        return field.equals(EMPTY) || field.isEmpty() ? null : LocalDate.parse(field);
    }

    private static String words(List<String> words) {
        return words.isEmpty() ? EMPTY : String.join(" ", words);
    }

    private static List<String> list(String field) {
        return field.equals(EMPTY) || field.isEmpty() ? List.of() : Arrays.asList(field.split(" "));
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
