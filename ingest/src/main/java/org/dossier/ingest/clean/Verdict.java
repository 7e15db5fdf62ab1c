package org.dossier.ingest.clean;

/**
 * What the boilerplate filter decided about one block.
 *
 * @param block the block
 * @param keep true when the block is article text
 * @param reason why it was dropped ("photo credit", "comment section", …), or "body" when kept
 * @param inTail true when the block lies in a trailing section (comments, related links) cut as a whole;
 *     metadata finders ignore such blocks, since dates and credits there belong to other content
 */
public record Verdict(Block block, boolean keep, String reason, boolean inTail) {

    public static Verdict keep(Block block) {
        return new Verdict(block, true, "body", false);
    }

    static Verdict drop(Block block, String reason) {
        return new Verdict(block, false, reason, false);
    }

    static Verdict tail(Block block, String reason) {
        return new Verdict(block, false, reason, true);
    }
}
