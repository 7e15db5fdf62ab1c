package org.dossier.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.model.Sentence;
import org.dossier.nlp.NlpModels;
import org.dossier.nlp.TestModels;
import org.dossier.nlp.corenlp.CoreNlpAnnotator;
import org.dossier.testing.Articles;
import org.dossier.testing.ExampleCorpus;
import org.junit.jupiter.api.Test;

class NndepParserIT {

    @Test
    void parsesTheExampleCorpusAsCoreNlpsOwnParserDoes() throws Exception {
        NlpModels models = TestModels.get();
        // Without CoreNLP's table of precomputed slices (160 MB of doubles) its parser is slower but computes every
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
    void labelsPassiveSubjectsAsCoreNlpsCorrectionsDo() throws Exception {
        List<CoreLabel> sentence = tagged(TestModels.get(), "The hospital was bombed by warplanes.");
        String arcs = arcs(TestModels.get().parser().predict(sentence));
        assertThat(arcs).contains("nsubj:pass(bombed-4, hospital-2)").contains("obl(bombed-4, warplanes-6)");
    }

    private static String arcs(GrammaticalStructure structure) {
        return structure.typedDependencies().toString();
    }

    private static List<List<CoreLabel>> exampleSentences(NlpModels models) throws Exception {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(ExampleCorpus.folder())) {
            for (Path file : files.sorted().toList()) {
                for (Sentence sentence : annotated(models, Files.readString(file))) {
                    if (sentence.tokens().size() <= models.config().maxParseTokens()) {
                        sentences.add(SelectiveParser.parserInput(sentence));
                    }
                }
            }
        }
        return sentences;
    }

    private static List<CoreLabel> tagged(NlpModels models, String text) throws Exception {
        return SelectiveParser.parserInput(annotated(models, text).get(0));
    }

    private static List<Sentence> annotated(NlpModels models, String text) throws Exception {
        return new CoreNlpAnnotator(models).apply(AnnotatedArticle.of(Articles.of(text))).get(Layers.SENTENCES);
    }
}
