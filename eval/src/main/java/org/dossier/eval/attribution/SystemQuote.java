package org.dossier.eval.attribution;

import java.util.List;
import org.dossier.model.Span;

/**
 * A quote as Dossier found it, in the character offsets of the gold's text.
 *
 * @param parts what is quoted or reported: one span, or the parts of a quotation interrupted by its attribution
 * @param direct whether Dossier took it for a direct quotation
 * @param speaker the speaker's name, or null
 * @param speakerSpan where the speaker is named in the text, or null
 */
public record SystemQuote(List<Span> parts, boolean direct, String speaker, Span speakerSpan) {

    public SystemQuote {
        parts = List.copyOf(parts);
    }

    public SystemQuote(Span content, boolean direct, String speaker, Span speakerSpan) {
        this(List.of(content), direct, speaker, speakerSpan);
    }

    int length() {
        return parts.stream().mapToInt(Span::length).sum();
    }
}
