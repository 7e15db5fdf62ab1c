package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.dossier.model.record.ArticleRecord;
import org.dossier.model.record.ArticleRecord.EventRecord;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {

    private static final List<String> TEXTS = List.of(
            "Talks resumed in Geneva on Monday after a week of delays. The delegations met for three hours. Both "
                    + "sides said progress had been made on the prisoner exchange. A further round is planned.",
            "Shelling hit the northern districts overnight, residents said. Several buildings were destroyed. "
                    + "Rescue teams searched the rubble until morning. The army denied any part in the attack.");

    @Test
    void eachItemPointsAtItsOwnWordsAndEventsHaveTheShapeOfStoredOnes() {
        SyntheticArticles synthetic = new SyntheticArticles(TEXTS);
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            ArticleRecord a = synthetic.article(i, random);
            assertThat(a.events()).hasSizeBetween(2, 6);
            for (EventRecord e : a.events()) {
                assertThat(a.text().substring(e.start(), e.end())).isEqualTo(e.text());
                assertThat(e.cameo()).matches("\\d{3}").startsWith(e.root());
                assertThat(e.quadClass()).isBetween(1, 4);
                assertThat(e.goldstein()).isBetween(-10.0, 10.0);
                if (e.confidence() != null) {
                    assertThat(e.confidence()).isBetween(0.3, 0.99);
                }
                if (e.place() != null) {
                    assertThat(e.place().country()).matches("[A-Z]{2}");
                    assertThat(e.location()).isEqualTo(e.place().name());
                }
            }
            a.quotes().forEach(q -> assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text()));
            a.figures().forEach(f -> assertThat(a.text().substring(f.start(), f.end())).isEqualTo(f.text()));
        }
    }

    @Test
    void aTextComesBackOnlyAfterTheClusterersWindowAndNoStoryTakesMostOfAnEpoch() {
        List<String> many = java.util.stream.IntStream.range(0, 600).mapToObj(i -> TEXTS.get(i % 2) + " " + i)
                .toList();
        SyntheticArticles synthetic = new SyntheticArticles(many);
        Random random = new Random(3);
        java.util.Map<Integer, Integer> firstEpoch = new java.util.HashMap<>();
        for (int i = 0; i < 4_000; i++) {
            firstEpoch.merge(synthetic.baseText(i, random), 1, Integer::sum);
        }
        assertThat(java.util.Collections.max(firstEpoch.values())).isBetween(100, 600);
        assertThat(firstEpoch.size()).isGreaterThan(50);
        for (int i = 4_000; i < 24_000; i++) {
            assertThat(firstEpoch).doesNotContainKey(synthetic.baseText(i, random));
        }
        assertThat(firstEpoch).containsKey(synthetic.baseText(24_000, random));
    }

    @Test
    void theSameSeedMakesTheSameArticlesAndDaysAdvanceEvery3000() {
        SyntheticArticles synthetic = new SyntheticArticles(TEXTS);
        Random a = new Random(42);
        Random b = new Random(42);
        assertThat(synthetic.article(5, a)).isEqualTo(synthetic.article(5, b));
        assertThat(synthetic.article(2_999, a).published()).hasToString("2016-01-01");
        assertThat(synthetic.article(3_000, a).published()).hasToString("2016-01-02");
        assertThat(synthetic.article(3_000, a).id()).isNotEqualTo(synthetic.article(3_001, a).id());
    }
}
