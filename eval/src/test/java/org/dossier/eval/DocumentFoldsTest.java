package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentFoldsTest {

    @Test
    void theDocumentsOfOneStoryFallInOneFold() {
        List<String> documents = List.of("a1", "a2", "a3", "b1", "c1", "c2", "d1", "e1", "f1", "g1");

        List<Set<String>> folds = DocumentFolds.of(documents, d -> d.substring(0, 1), 5);

        assertThat(folds).hasSize(5);
        assertThat(folds).anyMatch(f -> f.containsAll(Set.of("a1", "a2", "a3")));
        assertThat(folds).anyMatch(f -> f.containsAll(Set.of("c1", "c2")));
        assertThat(folds.stream().mapToInt(Set::size).sum()).isEqualTo(documents.size());
    }

    @Test
    void eachDocumentItsOwnStoryDealsTheDocumentsInTurn() {
        List<Set<String>> folds = DocumentFolds.of(List.of("d3", "d1", "d2", "d4", "d5", "d6"), d -> d, 5);

        assertThat(folds.get(0)).containsExactlyInAnyOrder("d1", "d6");
        assertThat(folds.get(4)).containsExactly("d5");
    }
}
