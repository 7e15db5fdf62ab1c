package org.dossier.store;

import java.util.Locale;
import org.dossier.store.Correction.ItemKey;
import org.dossier.store.Correction.Kind;

/**
 * A correction a client asks for, checked field by field: a kind and the item it corrects (none for a merge), the
 * new value, a CAMEO actor code for a new actor or target, a note, and for a merge the name merged away
 * ({@code from}). Whether the item exists and a CAMEO event code is known the store checks when it records it.
 */
public record NewCorrection(Kind kind, ItemKey item, String from, String value, String code, String note) {

    /** The longest name, code or note kept; longer ones are refused rather than cut. */
    static final int MAX_NAME = 1000;
    static final int MAX_NOTE = 4000;

    public NewCorrection {
        java.util.Objects.requireNonNull(kind, "kind");
        value = strip(value);
        code = strip(code);
        from = strip(from);
        note = strip(note);
        if (kind == Kind.merge_actor) {
            if (item != null) {
                throw new IllegalArgumentException("merge_actor merges two names wherever they appear and names no "
                        + "item: leave out 'article', 'item_kind', 'start' and 'end'");
            }
            require(from, "from", "the name to merge away, e.g. \"Moscow\"");
            require(value, "value", "the name to merge it into, e.g. \"Russia\"");
            if (from.equalsIgnoreCase(value)) {
                throw new IllegalArgumentException("merge_actor needs two different names; 'from' and 'value' are "
                        + "both '" + value + "'");
            }
        } else {
            if (item == null) {
                throw new IllegalArgumentException(kind + " corrects one item: give its 'article', 'item_kind' "
                        + "(event, quote or figure), 'start' and 'end'");
            }
            if (!kind.corrects(item.kind())) {
                throw new IllegalArgumentException(kind + " does not apply to a " + item.kind() + ": "
                        + switch (kind) {
                            case set_actor, set_target, set_code -> "only events have an actor, a target and a code";
                            case set_speaker -> "only quotes have a speaker";
                            default -> "";
                        });
            }
            if (from != null) {
                throw new IllegalArgumentException("'from' is for merge_actor only");
            }
            switch (kind) {
                case reject -> {
                    if (value != null || code != null) {
                        throw new IllegalArgumentException("reject takes no 'value' or 'code': it marks the item "
                                + "wrong");
                    }
                }
                case set_actor, set_target -> require(value, "value", "the " + (kind == Kind.set_actor ? "actor's"
                        : "target's") + " name, e.g. \"Russia\"");
                case set_speaker -> require(value, "value", "the speaker's name");
                case set_code -> {
                    require(value, "value", "a CAMEO event code such as 190");
                    if (!value.matches("\\d{2,4}")) {
                        throw new IllegalArgumentException("'value' of set_code must be a CAMEO event code of 2 to 4 "
                                + "digits such as 190, was '" + value + "'");
                    }
                }
                default -> { }
            }
        }
        if (code != null) {
            if (kind != Kind.set_actor && kind != Kind.set_target && kind != Kind.merge_actor) {
                throw new IllegalArgumentException("'code' (a CAMEO actor code) is for set_actor, set_target and "
                        + "merge_actor only");
            }
            if (!code.matches("[A-Za-z0-9]{1,30}")) {
                throw new IllegalArgumentException("'code' must be a CAMEO actor code of letters and digits such as "
                        + "RUS or SYRGOV, was '" + code + "'");
            }
            code = code.toUpperCase(Locale.ROOT);
        }
        for (String[] field : new String[][] {{"value", value}, {"from", from}}) {
            if (field[1] != null && field[1].length() > MAX_NAME) {
                throw new IllegalArgumentException("'" + field[0] + "' may hold at most " + MAX_NAME
                        + " characters, held " + field[1].length());
            }
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("'note' may hold at most " + MAX_NOTE + " characters, held "
                    + note.length());
        }
    }

    private static void require(String field, String name, String what) {
        if (field == null) {
            throw new IllegalArgumentException("'" + name + "' is required: " + what);
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
