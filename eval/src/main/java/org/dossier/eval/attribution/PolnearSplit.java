package org.dossier.eval.attribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The train split of a PolNeAR checkout (networkdynamics/PolNeAR): {@code data/train/text/NAME.txt}, its
 * attributions {@code data/train/attributions/NAME_CODER.ann} (the first coder's by name where several annotated
 * it) and CoreNLP's annotation {@code data/train/corenlp/NAME.txt.xml}. The dev and test splits are held out for
 * judging Dossier and are never read.
 */
public final class PolnearSplit {

    /** One article: its text, its gold, and CoreNLP's annotation of it when the checkout has it. */
    public record Document(String name, Path text, Path attributions, Path corenlp) {}

    private PolnearSplit() {}

    /** The train documents under a PolNeAR checkout (its root or its {@code data} folder), in name order. */
    public static List<Document> train(Path checkout) throws IOException {
        Path data = Files.isDirectory(checkout.resolve("data")) ? checkout.resolve("data") : checkout;
        Path split = data.resolve("train");
        if (!Files.isDirectory(split.resolve("text")) || !Files.isDirectory(split.resolve("attributions"))) {
            throw new IOException(checkout + " holds no PolNeAR train split (data/train/text and "
                    + "data/train/attributions)");
        }
        Map<String, Path> annotations = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".ann") && name.length() > 9) {
                    annotations.putIfAbsent(name.substring(0, name.length() - 9), file); // "_d473.ann"
                }
            }
        }
        List<Document> documents = new ArrayList<>();
        for (Map.Entry<String, Path> entry : annotations.entrySet()) {
            Path text = split.resolve("text").resolve(entry.getKey() + ".txt");
            if (Files.isRegularFile(text)) {
                Path corenlp = split.resolve("corenlp").resolve(entry.getKey() + ".txt.xml");
                documents.add(new Document(entry.getKey(), text, entry.getValue(),
                        Files.isRegularFile(corenlp) ? corenlp : null));
            }
        }
        return documents;
    }
}
