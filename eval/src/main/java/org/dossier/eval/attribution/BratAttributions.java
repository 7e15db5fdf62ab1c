package org.dossier.eval.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Span;

/**
 * Reads attributions in PolNeAR's brat standoff format: text-bound annotations ({@code T3	Content 120 211	…},
 * fragments separated by {@code ;}) tied together by event lines ({@code E1	Attribution:T4 Content:T3 Cue:T2
 * Source:T1}). Brat counts offsets in Unicode code points; they are turned into the character offsets of a Java
 * string of the same text.
 */
public final class BratAttributions {

    private BratAttributions() {}

    public static List<GoldAttribution> parse(String annotation, String text) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : annotation.split("\r?\n")) {
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                continue;
            }
            if (fields[0].startsWith("T")) {
                String[] typeAndOffsets = fields[1].split(" ", 2);
                if (typeAndOffsets.length == 2) {
                    spans.put(fields[0], fragments(typeAndOffsets[1], text));
                }
            } else if (fields[0].startsWith("E")) {
                events.add(fields[1].split(" "));
            }
        }
        List<GoldAttribution> attributions = new ArrayList<>();
        for (String[] roles : events) {
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> content = new ArrayList<>();
            for (String role : roles) {
                int colon = role.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = role.substring(0, colon);
                List<Span> of = spans.getOrDefault(role.substring(colon + 1), List.of());
                if (name.startsWith("Source")) {
                    source.addAll(of);
                } else if (name.startsWith("Cue")) {
                    cue.addAll(of);
                } else if (name.startsWith("Content")) {
                    content.addAll(of);
                }
            }
            if (!content.isEmpty()) {
                attributions.add(new GoldAttribution(source, cue, content));
            }
        }
        return attributions;
    }

    private static List<Span> fragments(String offsets, String text) {
        List<Span> out = new ArrayList<>();
        for (String fragment : offsets.split(";")) {
            String[] ends = fragment.strip().split(" ");
            if (ends.length == 2) {
                int start = charOffset(text, Integer.parseInt(ends[0]));
                int end = charOffset(text, Integer.parseInt(ends[1]));
                if (end > start) {
                    out.add(new Span(start, end));
                }
            }
        }
        return out;
    }

    private static int charOffset(String text, int codePoints) {
        int limit = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePoints, limit));
    }
}
