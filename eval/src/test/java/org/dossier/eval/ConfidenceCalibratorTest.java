package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.events.EventModel;
import org.junit.jupiter.api.Test;

class ConfidenceCalibratorTest {

    /** Events at probability p are right half as often as p says: a model too sure of itself. */
    private static List<ConfidenceCalibrator.Judged> overconfident() {
        List<ConfidenceCalibrator.Judged> judged = new ArrayList<>();
        int document = 0;
        for (int tenth = 1; tenth <= 9; tenth++) {
            double p = tenth / 10.0;
            int rightOfForty = (int) Math.round(40 * p / 2);
            for (int i = 0; i < 40; i++) {
                judged.add(new ConfidenceCalibrator.Judged("d" + (document++ % 37), p, i < rightOfForty));
            }
        }
        return judged;
    }

    @Test
    void anOverconfidentModelIsBroughtDownToTheShareRight() {
        ConfidenceCalibrator.Result result = new ConfidenceCalibrator(overconfident()).fit();

        assertThat(result.calibration().apply(0.6)).isBetween(0.22, 0.38);
        assertThat(result.calibration().apply(0.2)).isBetween(0.05, 0.15);
        assertThat(result.largestGapBefore()).isGreaterThan(0.3);
        assertThat(result.largestGapAfter()).isLessThan(0.1);
        assertThat(result.report()).anyMatch(line -> line.startsWith("360 judged events, 90 right"));
    }

    @Test
    void aMapThatMendsAnOverconfidentModelPays() {
        ConfidenceCalibrator.Result result = new ConfidenceCalibrator(overconfident()).fit();

        assertThat(result.logLossAfter()).isLessThan(result.logLossBefore());
        assertThat(result.calibrationPays()).isTrue();
        assertThat(result.calibrationIfItPays()).isEqualTo(result.calibration());
    }

    /**
     * Events right as often as their probability says, by chance around it: a map fitted on some of them fits
     * their chance on events it did not see, so it holds worse there than the probability as it is.
     */
    @Test
    void aMapOfProbabilitiesThatAlreadyHoldDoesNotPay() {
        java.util.Random random = new java.util.Random(18);
        List<ConfidenceCalibrator.Judged> judged = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            double p = 0.05 + 0.9 * random.nextDouble();
            judged.add(new ConfidenceCalibrator.Judged("d" + i % 50, p, random.nextDouble() < p));
        }

        ConfidenceCalibrator.Result result = new ConfidenceCalibrator(judged).fit();

        assertThat(result.largestGapBefore()).isLessThan(0.1);
        assertThat(result.calibrationPays()).isFalse();
        assertThat(result.calibrationIfItPays()).isEqualTo(EventModel.Calibration.NONE);
        assertThat(result.report()).anyMatch(line -> line.startsWith("Log loss: "));
    }

    @Test
    void theFitDoesNotDependOnWhetherTheFirstJudgedEventIsRightOrWrong() {
        List<ConfidenceCalibrator.Judged> judged = overconfident();
        List<ConfidenceCalibrator.Judged> reversed = new ArrayList<>(judged);
        java.util.Collections.reverse(reversed);

        ConfidenceCalibrator.Result forward = new ConfidenceCalibrator(judged).fit();
        ConfidenceCalibrator.Result backward = new ConfidenceCalibrator(reversed).fit();

        assertThat(judged.get(0).right()).isNotEqualTo(reversed.get(0).right());
        assertThat(backward.calibration().slope()).isCloseTo(forward.calibration().slope(),
                org.assertj.core.data.Offset.offset(1e-3));
        assertThat(backward.calibration().intercept()).isCloseTo(forward.calibration().intercept(),
                org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void aModelWhoseOrderIsBackwardsKeepsItsOrderAtTheLeastSlopeAndGivesAboutTheShareRight() {
        List<ConfidenceCalibrator.Judged> judged = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean low = i < 100;
            judged.add(new ConfidenceCalibrator.Judged("d" + i % 20, low ? 0.2 : 0.8, i % 10 < (low ? 3 : 2)));
        }

        ConfidenceCalibrator.Result result = new ConfidenceCalibrator(judged).fit();

        assertThat(result.calibration().slope()).isEqualTo(EventModel.Calibration.LEAST_SLOPE);
        assertThat(result.calibration().apply(0.2)).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.03))
                .isLessThan(result.calibration().apply(0.8));
        assertThat(result.calibration().apply(0.8)).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void judgmentsAllOfOneKindCannotCalibrate() {
        List<ConfidenceCalibrator.Judged> allRight = List.of(new ConfidenceCalibrator.Judged("d", 0.4, true));

        assertThatThrownBy(() -> new ConfidenceCalibrator(allRight)).isInstanceOf(IllegalArgumentException.class);
    }
}
