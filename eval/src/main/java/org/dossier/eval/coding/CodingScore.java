package org.dossier.eval.coding;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dossier.eval.Score;

/**
 * Scores a coder against PETRARCH's gold codes, sentence by sentence. Each gold event is paired with at most one
 * system event of the same CAMEO root (the closest: same code, then same actors). Reported: root-code accuracy
 * (gold events whose root the coder found), event-code accuracy, the share of system events that pair with no gold
 * event (false positives), sentences asserted to hold no event that stayed empty, and exact (source, target, code)
 * triples as precision, recall and F1, PETRARCH's own check.
 */
public final class CodingScore {

    private int sentences;
    private int goldEvents;
    private int systemEvents;
    private int rootFound;
    private int codeFound;
    private int tripleTp;
    private int noEventSentences;
    private int noEventKept;
    private int exactSentences;
    private final List<String> misses = new ArrayList<>();
    private final List<String> falsePositives = new ArrayList<>();

    public void add(CodingRecord record, List<CodedEvent> system) {
        sentences++;
        goldEvents += record.gold().size();
        systemEvents += system.size();
        boolean[] used = new boolean[system.size()];
        for (CodedEvent gold : record.gold()) {
            int best = pair(gold, system, used);
            if (best >= 0) {
                used[best] = true;
                rootFound++;
                codeFound += system.get(best).code().equals(gold.code()) ? 1 : 0;
            } else {
                misses.add(record.id() + "  gold " + gold + "  system " + system + "  | " + record.text());
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                falsePositives.add(record.id() + "  system " + system.get(i) + "  gold " + record.gold() + "  | "
                        + record.text());
            }
        }
        List<CodedEvent> unmatched = new ArrayList<>(system);
        for (CodedEvent gold : record.gold()) {
            if (unmatched.remove(gold)) {
                tripleTp++;
            }
        }
        if (record.noEvents()) {
            noEventSentences++;
            noEventKept += system.isEmpty() ? 1 : 0;
        }
        if (unmatched.isEmpty() && system.size() == record.gold().size()) {
            exactSentences++;
        }
    }

    private static int pair(CodedEvent gold, List<CodedEvent> system, boolean[] used) {
        int best = -1;
        int bestRank = -1;
        for (int i = 0; i < system.size(); i++) {
            CodedEvent s = system.get(i);
            if (used[i] || !s.root().equals(gold.root())) {
                continue;
            }
            int rank = (s.code().equals(gold.code()) ? 2 : 0) + (Objects.equals(s.source(), gold.source()) ? 1 : 0);
            if (rank > bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    public double rootAccuracy() {
        return goldEvents == 0 ? 0 : (double) rootFound / goldEvents;
    }

    public double falsePositiveShare() {
        return systemEvents == 0 ? 0 : (double) (systemEvents - rootFound) / systemEvents;
    }

    public List<String> misses() {
        return List.copyOf(misses);
    }

    public List<String> falsePositives() {
        return List.copyOf(falsePositives);
    }

    public void print(String title, PrintStream out) {
        out.println(title);
        out.printf(Locale.ROOT, "  sentences %d, gold events %d, system events %d%n", sentences, goldEvents,
                systemEvents);
        out.println("  " + Score.accuracy("root-code accuracy", rootFound, goldEvents).row());
        out.println("  " + Score.accuracy("event-code accuracy", codeFound, goldEvents).row());
        out.printf(Locale.ROOT, "  %-28s %38s share    %.3f (%d/%d)%n", "false positives", "",
                falsePositiveShare(), systemEvents - rootFound, systemEvents);
        out.println("  " + Score.accuracy("no-event sentences kept empty", noEventKept, noEventSentences).row());
        out.println("  " + Score.counts("triples (source,target,code)", tripleTp, systemEvents - tripleTp,
                goldEvents - tripleTp).row());
        out.println("  " + Score.accuracy("sentences coded exactly", exactSentences, sentences).row());
    }
}
