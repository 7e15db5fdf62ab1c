package org.dossier.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.text.Words;

/**
 * The last resort when every block of the chosen content was rejected: the run of consecutive blocks of the whole
 * page with the most text that is not link text, as boilerpipe and a reader's eye find it. Each block counts its
 * plain characters, less its link characters and a fixed cost, so menus and link lists lower a run and the run
 * that wins is the page's longest stretch of prose. A page with no such stretch still yields nothing.
 */
public final class DensestRegion {

    /** What a block costs a run: a line of a few words does not make a region. */
    private static final int BLOCK_COST = 40;
    /** Inside the region, blocks mostly of links are still left out. */
    private static final double MAX_LINK_DENSITY = 0.5;

    private DensestRegion() {}

    /** Verdicts for {@code blocks}: kept in the densest region, dropped elsewhere. */
    public static List<Verdict> of(List<Block> blocks) {
        int bestStart = -1;
        int bestEnd = -1;
        long best = 0;
        long run = 0;
        int runStart = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            run += block.text().length() - 2L * block.linkChars() - BLOCK_COST;
            if (run <= 0) {
                run = 0;
                runStart = i + 1;
            } else if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        List<Verdict> verdicts = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean inRegion = i >= bestStart && i <= bestEnd;
            boolean text = block.linkDensity() <= MAX_LINK_DENSITY && Words.letters(block.text()) >= 2;
            verdicts.add(inRegion && text ? Verdict.keep(block) : Verdict.drop(block, "outside the densest region"));
        }
        return verdicts;
    }
}
