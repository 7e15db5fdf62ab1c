package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.store.ChartRows.ActorCount;
import org.junit.jupiter.api.Test;

/** How grouped rows of codes and names become actors. */
class ActorTallyTest {

    @Test
    void anActorIsItsCodeElseItsNameInLowerCase() {
        assertThat(ActorTally.key("RUS", "Moscow")).isEqualTo("RUS");
        assertThat(ActorTally.key("", "Rescuers")).isEqualTo("name:rescuers");
        assertThat(ActorTally.key(null, "Rescuers")).isEqualTo("name:rescuers");
        assertThat(ActorTally.key(null, "")).isNull();
        assertThat(ActorTally.key(null, null)).isNull();
    }

    @Test
    void mergesTheNamesOfACodeAndNamesItByTheMostFrequent() {
        ActorTally tally = new ActorTally();
        tally.add("RUS", "Moscow", ActorTally.AS_ACTOR, 2);
        tally.add("RUS", "Russia", ActorTally.AS_TARGET, 3);
        tally.add(null, "Rescuers", ActorTally.AS_ACTOR, 1);
        tally.add(null, "rescuers", ActorTally.AS_TARGET, 1);
        tally.add("SYR", "Syria", ActorTally.AS_ACTOR, 5);
        assertThat(tally.add(null, null, ActorTally.AS_ACTOR, 9)).as("a party naming no one").isNull();

        List<ActorCount> ranked = tally.ranked((key, names) -> true);
        assertThat(ranked).extracting(a -> a.actor().id()).containsExactly("RUS", "SYR", "name:rescuers");
        ActorCount russia = ranked.getFirst();
        assertThat(russia.actor().name()).isEqualTo("Russia");
        assertThat(russia.asActor()).isEqualTo(2);
        assertThat(russia.asTarget()).isEqualTo(3);
        assertThat(ranked.get(2).actor().name()).as("a tie goes to the first name in order").isEqualTo("Rescuers");
        assertThat(ranked.get(2).actor().code()).isNull();
        assertThat(tally.ranked((key, names) -> names.contains("Moscow"))).extracting(a -> a.actor().id())
                .containsExactly("RUS");
    }
}
