package org.dossier.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.dossier.nlp.NlpModels;
import org.dossier.nlp.TestModels;
import org.dossier.testing.ExampleCorpus;
import org.junit.jupiter.api.Test;

class NndepParserIT {

    @Test
    void parsesTheExampleCorpusAsCoreNlpsOwnParserDoes() throws IOException {
        NlpModels models = TestModels.get();
        // Without CoreNLP's table of precomputed slices (800 MB of doubles) its parser is slower but computes every
        // slice the way it computes the ones it caches, which is how Dossier's parser computes them all.
        Properties noTable = new Properties();
        noTable.setProperty("numPreComputed", "0");
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, noTable);

        List<List<CoreLabel>> sentences = exampleSentences(models);
        assertThat(sentences.size()).isGreaterThan(100);
        int differing = 0;
        for (List<CoreLabel> sentence : sentences) {
            String expected = arcs(coreNlp.predict(sentence));
            String actual = arcs(models.parser().predict(sentence));
            assertThat(actual).contains("root(ROOT-0");
            if (!actual.equals(expected)) {
                differing++;
            }
        }
        assertThat(differing).isZero();
    }

    @Test
    void labelsPassiveSubjectsAsCoreNlpsCorrectionsDo() {
        List<CoreLabel> sentence = tagged(TestModels.get(), "The hospital was bombed by warplanes.");
        String arcs = arcs(TestModels.get().parser().predict(sentence));
        assertThat(arcs).contains("nsubj:pass(bombed-4, hospital-2)").contains("obl(bombed-4, warplanes-6)");
    }

    private static String arcs(GrammaticalStructure structure) {
        return structure.typedDependencies().toString();
    }

    private static List<List<CoreLabel>> exampleSentences(NlpModels models) throws IOException {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(ExampleCorpus.folder())) {
            for (Path file : files.sorted().toList()) {
                Annotation annotation = new Annotation(Files.readString(file));
                models.annotator().annotate(annotation);
                for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                    if (tokens.size() <= models.config().maxParseTokens()) {
                        sentences.add(copyOf(tokens));
                    }
                }
            }
        }
        return sentences;
    }

    private static List<CoreLabel> tagged(NlpModels models, String text) {
        Annotation annotation = new Annotation(text);
        models.annotator().annotate(annotation);
        return copyOf(annotation.get(CoreAnnotations.TokensAnnotation.class));
    }

    /** Word, tag and index only, as the parse stage passes them. */
    private static List<CoreLabel> copyOf(List<CoreLabel> tokens) {
        List<CoreLabel> copy = new ArrayList<>(tokens.size());
        int index = 1;
        for (CoreLabel token : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.word());
            label.setValue(token.word());
            label.setTag(token.tag());
            label.setIndex(index++);
            copy.add(label);
        }
        return copy;
    }
}
