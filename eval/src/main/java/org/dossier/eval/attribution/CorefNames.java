package org.dossier.eval.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.model.Span;

/**
 * The coreference chains of a CoreNLP XML annotation (PolNeAR ships one per article), as where each mention's
 * chain is named: a gold source that is a pronoun ("he said") is scored by the name its chain's representative
 * mention gives. Machine coreference, used only to read the gold; where it errs, a right speaker may be scored
 * wrong or a wrong one right.
 */
public final class CorefNames {

    private record Mention(Span span, Span representative) {}

    private final Supplier<List<Mention>> mentions;

    private CorefNames(Supplier<List<Mention>> mentions) {
        this.mentions = mentions;
    }

    public static CorefNames none() {
        return new CorefNames(List::of);
    }

    /**
     * The chains of a CoreNLP XML file, read when first asked for: a gold pronoun source is rare, and the files
     * are large (PolNeAR's train split holds 783 MB of them). A file that cannot be read gives no chains.
     */
    public static CorefNames lazy(Path xml) {
        return new CorefNames(new Supplier<>() {
            private List<Mention> read;

            @Override
            public synchronized List<Mention> get() {
                if (read == null) {
                    try (InputStream in = Files.newInputStream(xml)) {
                        read = CorefNames.read(in).mentions.get();
                    } catch (IOException | XMLStreamException e) {
                        read = List.of();
                    }
                }
                return read;
            }
        });
    }

    /** Where the chain of the mention that most overlaps the span is named (its representative mention), or null. */
    public Span representative(Span span) {
        Span best = null;
        int bestOverlap = 0;
        for (Mention m : mentions.get()) {
            int overlap = Math.min(m.span().end(), span.end()) - Math.max(m.span().start(), span.start());
            if (overlap > bestOverlap) {
                best = m.representative();
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** Reads the tokens' character offsets and the coreference chains of a CoreNLP XML document. */
    public static CorefNames read(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = factory.createXMLStreamReader(xml);
        Map<Integer, List<int[]>> tokens = new HashMap<>();
        // each mention: sentence, first token, token after the last (1-based), 1 when representative
        List<List<int[]>> chains = new ArrayList<>();
        int sentence = 0;
        int begin = -1;
        List<int[]> chain = null;
        int[] mention = null;
        boolean inCoreference = false;
        int depth = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                switch (name) {
                    case "sentence" -> {
                        if (mention != null) {
                            mention[0] = Integer.parseInt(r.getElementText().strip());
                        } else if (!inCoreference) {
                            sentence = Integer.parseInt(r.getAttributeValue(null, "id"));
                        }
                    }
                    case "CharacterOffsetBegin" -> begin = Integer.parseInt(r.getElementText().strip());
                    case "CharacterOffsetEnd" -> tokens.computeIfAbsent(sentence, s -> new ArrayList<>())
                            .add(new int[] {begin, Integer.parseInt(r.getElementText().strip())});
                    case "coreference" -> {
                        inCoreference = true;
                        depth++;
                        if (depth == 2) {
                            chain = new ArrayList<>();
                        }
                    }
                    case "mention" -> {
                        if (chain != null) {
                            mention = new int[] {0, 0, 0, "true".equals(r.getAttributeValue(null,
                                    "representative")) ? 1 : 0};
                        }
                    }
                    default -> {
                        if (mention != null) {
                            switch (name) {
                                case "start" -> mention[1] = Integer.parseInt(r.getElementText().strip());
                                case "end" -> mention[2] = Integer.parseInt(r.getElementText().strip());
                                default -> { }
                            }
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("mention") && mention != null && chain != null) {
                    chain.add(mention);
                    mention = null;
                } else if (name.equals("coreference")) {
                    if (depth == 2 && chain != null) {
                        chains.add(chain);
                        chain = null;
                    }
                    depth--;
                    inCoreference = depth > 0;
                }
            }
        }
        List<Mention> mentions = mentions(chains, tokens);
        return new CorefNames(() -> mentions);
    }

    private static List<Mention> mentions(List<List<int[]>> chains, Map<Integer, List<int[]>> tokens) {
        List<Mention> out = new ArrayList<>();
        for (List<int[]> chain : chains) {
            List<Span> spans = new ArrayList<>();
            Span representative = null;
            for (int[] m : chain) {
                List<int[]> sentence = tokens.get(m[0]);
                if (sentence == null || m[1] < 1 || m[2] - 1 > sentence.size() || m[2] <= m[1]) {
                    spans.add(null);
                    continue;
                }
                Span span = new Span(sentence.get(m[1] - 1)[0], sentence.get(m[2] - 2)[1]);
                spans.add(span);
                if (m[3] == 1) {
                    representative = span;
                }
            }
            if (representative == null) {
                continue;
            }
            for (Span span : spans) {
                if (span != null) {
                    out.add(new Mention(span, representative));
                }
            }
        }
        return out;
    }
}
