package org.dossier.ingest.clean;

import java.util.List;
import java.util.Optional;
import org.dossier.ingest.text.Words;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * The page's own summary of its article ({@code og:description}, {@code description}, {@code twitter:description})
 * as the text of a page that shows none: a video or gallery page whose only prose is the summary its player or
 * sharing buttons show. Used only after every block of the page, and its densest region, came up empty, so it
 * never replaces text the page shows.
 */
public final class PageSummary {

    /** Shorter summaries are site slogans or "Visit the post for more.", not an account of anything. */
    static final int MIN_WORDS = 15;

    private PageSummary() {}

    /**
     * A block of the first summary of {@link #MIN_WORDS} words or more, its characters mapped to the raw
     * characters of the {@code content} attribute they were decoded from.
     *
     * @param metas the page's description meta elements, most trusted first
     * @param raw the page's source, which {@code metas} were parsed from with positions tracked
     */
    public static Optional<Block> of(List<Element> metas, String raw) {
        for (Element meta : metas) {
            String text = meta.attr("content");
            if (Words.count(text) >= MIN_WORDS) {
                return Optional.of(block(meta, text, raw));
            }
        }
        return Optional.empty();
    }

    private static Block block(Element meta, String decoded, String raw) {
        Attribute content = meta.attribute("content");
        Range.AttributeRange range = content == null ? null : content.sourceRange();
        int start = range == null ? -1 : range.valueRange().startPos();
        int end = range == null ? -1 : range.valueRange().endPos();
        boolean tracked = start >= 0 && end >= start && end <= raw.length();
        int[] positions = tracked ? RawAligner.align(decoded, raw, start, end) : null;
        int fallback = Math.max(0, meta.sourceRange().startPos());
        BlockBuilder builder = new BlockBuilder();
        for (int i = 0; i < decoded.length(); i++) {
            builder.append(decoded.charAt(i), positions != null ? positions[i] : fallback, false);
        }
        return builder.build(Block.Kind.PARAGRAPH);
    }
}
