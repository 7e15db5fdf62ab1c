package org.dossier.eval.attribution;

import java.util.List;
import java.util.stream.Collectors;
import org.dossier.model.Span;

/**
 * One attribution of a gold annotation: who (source), the words that attribute (cue) and what is attributed
 * (content), each as one or more character spans of the article's text. The source may be missing.
 */
public record GoldAttribution(List<Span> source, List<Span> cue, List<Span> content) {

    public GoldAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }

    /** The words of the spans, in order, joined by a space. */
    public static String textOf(String text, List<Span> spans) {
        return spans.stream().sorted().map(s -> s.of(text)).collect(Collectors.joining(" "));
    }

    /** Characters the content spans cover. */
    int contentLength() {
        return content.stream().mapToInt(Span::length).sum();
    }
}
