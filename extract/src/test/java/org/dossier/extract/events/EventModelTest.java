package org.dossier.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.dossier.model.DateExpression;
import org.dossier.model.Event;
import org.junit.jupiter.api.Test;

class EventModelTest {

    @Test
    void theProbabilityIsTheLogisticOfTheBiasAndTheWeightsOfTheFeaturesPresent() {
        EventModel model = new EventModel(Map.of("root=19", 2.0, "actor=none", -3.0), -1, 0.5);

        assertThat(model.probability(List.of())).isCloseTo(1 / (1 + Math.exp(1)), within());
        assertThat(model.probability(List.of("root=19"))).isCloseTo(1 / (1 + Math.exp(-1)), within());
        assertThat(model.probability(List.of("root=19", "actor=none", "unknown"))).isCloseTo(
                1 / (1 + Math.exp(2)), within());
        assertThat(model.keeps(model.probability(List.of("root=19")))).isTrue();
        assertThat(model.keeps(model.probability(List.of()))).isFalse();
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws Exception {
        EventModel model = new EventModel(Map.of("root=19", 1.25, "trait=passive", -0.5), -0.75, 0.3);
        StringWriter out = new StringWriter();
        model.write(out, "a test model\nof two features");

        EventModel read = EventModel.read(new BufferedReader(new StringReader(out.toString())));

        assertThat(out.toString()).startsWith("# a test model\n# of two features\n");
        assertThat(read).isEqualTo(model);
    }

    @Test
    void aCalibrationKeepsTheOrderOfProbabilitiesAndPullsThemTowardsWhatItWasFittedOn() {
        EventModel.Calibration lower = new EventModel.Calibration(0.8, -1.0);

        assertThat(lower.apply(0.5)).isCloseTo(1 / (1 + Math.exp(1.0)), within());
        assertThat(lower.apply(0.2)).isLessThan(lower.apply(0.4)).isLessThan(lower.apply(0.6));
        assertThat(lower.apply(0.6)).isLessThan(0.6);
        assertThat(EventModel.Calibration.NONE.apply(0.37)).isEqualTo(0.37);
        assertThatThrownBy(() -> new EventModel.Calibration(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventModel.Calibration(0.04, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventModel.Calibration(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalibratedModelWritesItsCalibrationAndReadsItBack() throws Exception {
        EventModel model = new EventModel(Map.of("root=19", 1.25), -0.75, 0.05,
                new EventModel.Calibration(0.0500000123456789, -0.4123456789));
        StringWriter out = new StringWriter();
        model.write(out, "calibrated");

        EventModel read = EventModel.read(new BufferedReader(new StringReader(out.toString())));

        assertThat(read).isEqualTo(model);
        assertThat(new EventModel(Map.of(), 0, 0.5).calibration()).isEqualTo(EventModel.Calibration.NONE);
    }

    @Test
    void aLeastConfidenceIsTurnedIntoTheModelsOwnThresholdThroughTheCalibration() {
        EventModel.Calibration lower = new EventModel.Calibration(1.2, -0.8);
        EventModel model = new EventModel(Map.of(), 0, 0.05, lower);

        EventModel filtered = model.withMinimumConfidence(0.5);

        assertThat(lower.apply(lower.invert(0.5))).isCloseTo(0.5, within());
        assertThat(lower.apply(filtered.threshold())).isCloseTo(0.5, within());
        assertThat(filtered.keeps(lower.invert(0.5) + 1e-6)).isTrue();
        assertThat(filtered.keeps(0.5)).as("a probability of 0.5 is a confidence under 0.5").isFalse();
        assertThat(model.withMinimumConfidence(0.01).threshold()).as("never below the model's own").isEqualTo(0.05);
        assertThat(new EventModel(Map.of(), 0, 0.05).withMinimumConfidence(0.3).threshold()).isEqualTo(0.3);
    }

    @Test
    void theShippedModelLoadsWithAThresholdInRange() {
        EventModel model = EventModel.standard();

        assertThat(model.threshold()).isBetween(0.0, 1.0);
        assertThat(model.weights()).isNotEmpty();
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new EventModel(Map.of(), 0, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeWordsAreRelativeAndNamedDatesStated() {
        assertThat(basis("XXXX-WXX-1")).isEqualTo(Event.DateBasis.RELATIVE);
        assertThat(basis("OFFSET P-1D")).isEqualTo(Event.DateBasis.RELATIVE);
        assertThat(basis("THIS P1W OFFSET P-1W")).isEqualTo(Event.DateBasis.RELATIVE);
        assertThat(basis("2016-10-08")).isEqualTo(Event.DateBasis.STATED);
        assertThat(basis("XXXX-10-19")).isEqualTo(Event.DateBasis.STATED);
        assertThat(basis("2005")).isEqualTo(Event.DateBasis.STATED);
    }

    private static Event.DateBasis basis(String timex) {
        return EventDate.basisOf(new DateExpression("a", new org.dossier.model.Span(0, 1), "x", timex,
                java.time.LocalDate.of(2016, 10, 10), DateExpression.Precision.DAY));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
