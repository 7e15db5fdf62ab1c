package org.dossier.store;

import java.time.Instant;
import java.util.Locale;

/**
 * An analyst's correction of the analysis, as the store keeps it: never deleted, only marked undone, so the history
 * shows what was changed, when and why.
 *
 * @param item the item corrected; null for {@link Kind#merge_actor}, which corrects a name wherever it appears
 * @param itemText the item's words, for showing the correction without its article
 * @param before what the item said before (the actor, target, speaker or code, as the analysis and the corrections
 *     before this one left it); for a merge, the name merged away
 * @param value the new actor, target, speaker or CAMEO code; for a merge, the name merged into; null for a reject
 * @param code the new actor's or target's CAMEO actor code ("RUS"), when given
 * @param undoneAt when it was undone; null while it applies
 */
public record Correction(long id, Kind kind, ItemKey item, String itemText, String before, String value, String code,
        String note, Instant createdAt, Instant undoneAt) {

    /** What a correction does. Lower case, as the API names them. */
    public enum Kind {
        /** The item is wrong: lists, pages and exports leave it out. */
        reject,
        /** An event's actor is another (a name, and a CAMEO actor code when known). */
        set_actor,
        /** An event's target is another. */
        set_target,
        /** A quote's speaker is another. */
        set_speaker,
        /** An event's CAMEO code is another; its root, QuadClass, Goldstein value and action follow it. */
        set_code,
        /** One name (an actor, target, speaker or figure source) is another's variant: it reads as the other. */
        merge_actor;

        /** The kind a client named, or an error that lists the kinds. */
        public static Kind parse(String name) {
            if (name != null) {
                for (Kind k : values()) {
                    if (k.name().equals(name.strip().toLowerCase(Locale.ROOT))) {
                        return k;
                    }
                }
            }
            throw new IllegalArgumentException("'kind' must be one of reject, set_actor, set_target, set_speaker, "
                    + "set_code or merge_actor, was " + (name == null ? "missing" : "'" + name + "'"));
        }

        /** Whether the kind corrects this kind of item. */
        public boolean corrects(ItemKind item) {
            return switch (this) {
                case reject -> true;
                case set_actor, set_target, set_code -> item == ItemKind.event;
                case set_speaker -> item == ItemKind.quote;
                case merge_actor -> false;
            };
        }
    }

    /** The kinds of item a correction names. */
    public enum ItemKind {
        event, quote, figure;

        public static ItemKind parse(String name) {
            if (name != null) {
                for (ItemKind k : values()) {
                    if (k.name().equals(name.strip().toLowerCase(Locale.ROOT))) {
                        return k;
                    }
                }
            }
            throw new IllegalArgumentException("'item_kind' must be event, quote or figure, was "
                    + (name == null ? "missing" : "'" + name + "'"));
        }
    }

    /**
     * An item of an article: its article, kind and the character offsets of its words. An analysis run again on the
     * same article finds the same words at the same offsets whatever order it lists its items in, and a story
     * rebuilt from the article holds them under the same offsets, so the key finds the item again. Items of one
     * kind with the very same words (two events coded from one phrase) share their corrections.
     */
    public record ItemKey(String article, ItemKind kind, int start, int end) {

        public ItemKey {
            if (article == null || article.isBlank()) {
                throw new IllegalArgumentException("'article' (the id of the item's article) is required");
            }
            java.util.Objects.requireNonNull(kind, "kind");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("'start' and 'end' must be the offsets of the item's words, with "
                        + "0 <= start < end, were " + start + " and " + end);
            }
        }
    }

    /** Whether it applies (it was not undone). */
    public boolean active() {
        return undoneAt == null;
    }
}
