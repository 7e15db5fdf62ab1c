package org.dossier.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The command list of {@code dossier --help} in groups: the commands an analyst needs first, then those that
 * measure Dossier and those that build its models, each command with its one-line header. picocli lists all
 * commands in one block in the order they were declared, which put the four an analyst needs among nine others.
 */
final class CommandGroups {

    /** The headings and their commands, in the order shown; every command is in exactly one. */
    static final Map<String, List<String>> GROUPS = groups();

    private CommandGroups() {}

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("Commands:", List.of("analyze", "ingest", "watch", "serve", "export", "extract", "reindex",
                "rebuild-stories", "help"));
        groups.put("Benchmarks and evaluations:", List.of("eval", "eval-cameo", "eval-quotes", "eval-figure-sources", "eval-clustering",
                "eval-geo", "bench", "bench-extract", "bench-clustering", "bench-stories", "bench-api",
                "bench-store", "bench-gazetteer"));
        groups.put("Models and dictionaries:", List.of("explain-events", "train-events", "calibrate-events",
                "train-page-kinds", "convert-dictionaries"));
        return java.util.Collections.unmodifiableMap(groups);
    }

    /** Makes the command's usage list its subcommands by group. */
    static void install(CommandLine commandLine) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = commandLine.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "");
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, CommandGroups::render);
    }

    static String render(Help help) {
        Map<String, Help> all = help.subcommands();
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
            Map<String, Help> members = new LinkedHashMap<>();
            for (String name : group.getValue()) {
                Help command = all.get(name);
                if (command != null) {
                    members.put(name, command);
                }
            }
            if (!members.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(group.getKey()).append('\n')
                        .append(help.commandList(members));
            }
        }
        return out.toString();
    }
}
