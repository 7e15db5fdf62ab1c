package org.dossier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layer;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The contract every article stage must keep. A stage's test class extends this, supplies the stage and a way
 * to add the layers it requires, and inherits checks for empty and garbage input, valid spans, declared
 * outputs, and identical results on several threads.
 */
public abstract class StageTestCase {

    /** News-like paragraphs with names, dates, numbers and quotes. */
    protected static final List<String> SAMPLES = List.of(
            "PARIS - The foreign minister, Marie Dupont, said on Monday that talks would resume. \"We will not "
                    + "give up,\" Dupont told reporters. She added that 30 people had been detained.",
            "At least 12 civilians were killed in shelling of the city, according to the Observatory. The army "
                    + "denied the report and said rebels had fired first.",
            "“This is a dark day for our country,” said Governor Alan Reyes, who ordered an inquiry. The "
                    + "inquiry will report in March, officials said.");

    protected abstract ArticleStage stage();

    /** The article with the layers the stage requires. */
    protected abstract AnnotatedArticle prepare(Article article) throws Exception;

    protected AnnotatedArticle run(String text) throws Exception {
        return stage().apply(prepare(Articles.of(text)));
    }

    @Test
    void producesEveryDeclaredLayer() throws Exception {
        AnnotatedArticle out = run(SAMPLES.get(0));
        for (Layer<?> layer : stage().produces()) {
            assertThat(out.has(layer)).as("layer %s produced by %s", layer, stage().name()).isTrue();
        }
    }

    @Test
    void spansOfSamplesAreValid() throws Exception {
        for (String sample : SAMPLES) {
            SpanChecks.assertValid(run(sample));
        }
    }

    @Test
    void survivesTrivialText() throws Exception {
        for (String text : List.of(".", "a", "\"", "“”", "Said.", "\n\n\n", "123 456")) {
            SpanChecks.assertValid(run(text));
        }
    }

    @Test
    void survivesGarbage() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            SpanChecks.assertValid(run(garbage(random, 400)));
        }
    }

    @Test
    void sameResultOnFourThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            texts.addAll(SAMPLES);
        }
        List<String> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(render(run(text)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (String text : texts) {
                futures.add(pool.submit(() -> render(run(text))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String render(AnnotatedArticle article) {
        StringBuilder out = new StringBuilder();
        for (Layer<?> layer : stage().produces()) {
            out.append(layer).append('=').append(article.get(layer)).append('\n');
        }
        return out.toString();
    }

    private static String garbage(Random random, int length) {
        String alphabet = "aZ .,;:!?\"'“”‘’«»()[]-–—\n\t0123456789éßЖ中😀&<>";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return out.toString();
    }
}
