package org.dossier.stories.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

    private static final String WIRE = "Rescue teams in southern Chile pulled three more survivors from the rubble "
            + "of a collapsed apartment block on Thursday, two days after a magnitude 7.1 earthquake struck the "
            + "coastal province of Arauco, officials said. The national emergency office said at least 41 people "
            + "had died and more than 300 were injured, while some 12,000 homes were damaged. Power and water "
            + "were restored to most of the city of Concepcion, but aftershocks continued to rattle the region "
            + "and schools will stay closed until next week, the education minister told reporters.";

    @Test
    void linksAReprintWithEditsToTheOriginal() {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_THRESHOLD, 100);
        assertThat(index.add("wire", WIRE)).isNull();

        String reprint = "CONCEPCION (Reuters) - " + WIRE.replace("three more survivors", "three survivors")
                + " Our correspondent contributed to this report.";
        NearDuplicateIndex.Match match = index.add("reprint", reprint);

        assertThat(match).isNotNull();
        assertThat(match.original()).isEqualTo("wire");
        assertThat(match.similarity()).isGreaterThan(0.5);
    }

    @Test
    void doesNotLinkADifferentArticleOnTheSameStory() {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_THRESHOLD, 100);
        index.add("wire", WIRE);

        String other = "The death toll from Tuesday's earthquake in Chile rose to 41, the government said, as "
                + "engineers inspected bridges on the main highway south of Concepcion and volunteers handed out "
                + "water in Arauco province. President Gabriel Boric visited the area and promised funds to rebuild "
                + "the thousands of damaged homes before winter arrives in the region.";

        assertThat(index.add("other", other)).isNull();
    }

    @Test
    void forgetsArticlesBeyondItsCapacity() {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_THRESHOLD, 2);
        index.add("wire", WIRE);
        index.add("a", "An unrelated report about the harvest of olives in Andalusia this autumn, which farmers "
                + "say was the smallest in a decade after the summer drought.");
        index.add("b", "Another unrelated report, on a chess tournament in Wijk aan Zee where the defending "
                + "champion lost his first game to a teenager from Uzbekistan.");

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.add("copy", WIRE)).isNull();
    }
}
