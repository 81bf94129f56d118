package guichet.app.ask.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalCurveTest {

    private static final List<AnswerOutcome> TUNE = DevSetOutcomes.gateOpen().stream()
            .filter(o -> o.split().equals("tune")).toList();

    @Test
    void runsFromZeroPointEightToZeroPointNinetyFiveInStepsOfFiveThousandthsMarkingTheConfiguredOne() {
        List<RefusalCurve.Point> curve = RefusalCurve.of(TUNE, 0.89);

        assertThat(curve).hasSize(31);
        assertThat(curve.getFirst().threshold()).isEqualTo(0.80);
        assertThat(curve.get(17).threshold()).isEqualTo(0.885);
        assertThat(curve.getLast().threshold()).isEqualTo(0.95);
        assertThat(curve).filteredOn(RefusalCurve.Point::configured).extracting(RefusalCurve.Point::threshold)
                .containsExactly(0.89);
    }

    @Test
    void addsAConfiguredThresholdThatFallsBetweenTheSteps() {
        List<RefusalCurve.Point> curve = RefusalCurve.of(TUNE, 0.8875);

        assertThat(curve).hasSize(32);
        assertThat(curve.get(18).threshold()).isEqualTo(0.8875);
        assertThat(curve.get(18).configured()).isTrue();
    }

    @Test
    void refusesEachQuestionWhoseRelevanceIsBelowTheThreshold() {
        // Tune: JSA amount 0.907 (right), JSA duration 0.893 (wrong page), birth leave 0.886 (right),
        // passport 0.871 (must not be answered, but answered with the gate open).
        RefusalCurve.Point open = RefusalCurve.at(TUNE, 0.85, false);
        RefusalCurve.Point configured = RefusalCurve.at(TUNE, 0.89, true);
        RefusalCurve.Point strict = RefusalCurve.at(TUNE, 0.9, false);

        assertThat(open.answered()).isEqualTo(4);
        assertThat(open.precision()).isEqualTo(0.5);
        assertThat(open.recall()).isEqualTo(0.667);
        assertThat(open.correctRefusals()).isZero();

        assertThat(configured.answered()).isEqualTo(2);
        assertThat(configured.precision()).isEqualTo(0.5);
        assertThat(configured.recall()).isEqualTo(0.333);
        assertThat(configured.correctRefusals()).isEqualTo(1);
        assertThat(configured.answerableRefused()).isEqualTo(1);

        assertThat(strict.answered()).isEqualTo(1);
        assertThat(strict.precision()).isEqualTo(1.0);
        assertThat(strict.answerableRefused()).isEqualTo(2);
    }

    @Test
    void aQuestionExactlyAtTheThresholdIsNotRefused() {
        assertThat(RefusalCurve.at(TUNE, 0.907, false).answered()).isEqualTo(1);
        assertThat(RefusalCurve.at(TUNE, 0.9071, false).answered()).isZero();
        assertThat(RefusalCurve.at(TUNE, 0.9071, false).precision()).isNull();
    }
}
