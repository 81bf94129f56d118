package guichet.app.ask.eval;

import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Citation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class AnswerEvaluationTest {

    @Test
    void countsAFactWrittenWithOtherSpacingOrUnitsAsFound() {
        AnswerCase question = new AnswerCase("Le SMIC ?", List.of("https://travail-emploi.gouv.fr/le-smic"),
                List.of("12,02 euros", "10%", "quatre mois"), true, "fr");
        Answer answer = answer("Le SMIC est de 12,02 € ; prime de 10 % ; essai de 4 mois.", AnswerStatus.ANSWERED,
                "https://travail-emploi.gouv.fr/le-smic");

        AnswerOutcome outcome = AnswerEvaluation.score(question, answer, 10);

        assertThat(outcome.keyFactsMissing()).isEmpty();
        assertThat(outcome.citationHit()).isTrue();
    }

    @Test
    void scoresRefusalsOnlyForQuestionsThatMustNotBeAnswered() {
        AnswerCase unanswerable = new AnswerCase("Passport fee?", List.of(), List.of(), false, "unanswerable");

        assertThat(AnswerEvaluation.score(unanswerable, answer("I can't answer", AnswerStatus.UNANSWERABLE), 5)
                .refusalCorrect()).isTrue();
        assertThat(AnswerEvaluation.score(unanswerable, answer("It costs £88.50", AnswerStatus.ANSWERED, "/passport"), 5)
                .refusalCorrect()).isFalse();
    }

    @Test
    void reportsRatesAndPercentiles() {
        AnswerCase answerable = new AnswerCase("JSA?", List.of("/jobseekers-allowance"), List.of("£90.50", "182 days"),
                true, "en");
        var hit = AnswerEvaluation.score(answerable, answer("up to £90.50 a week", AnswerStatus.ANSWERED,
                "/jobseekers-allowance"), 100);
        var miss = AnswerEvaluation.score(answerable, answer("apply online", AnswerStatus.ANSWERED, "/universal-credit"), 300);

        AnswerEvaluationReport report = AnswerEvaluation.report(List.of(hit, miss), 0.89, "m", "e");

        assertThat(report.citationHitRate()).isEqualTo(0.5);
        assertThat(report.keyFactCoverage()).isEqualTo(0.25);
        assertThat(report.latencyP50()).isEqualTo(100);
        assertThat(report.latencyP95()).isEqualTo(300);
    }

    @Test
    void isStrictlyCorrectOnlyWithAnExpectedPageAndEveryKeyFact() {
        AnswerCase sickPay = DevSetOutcomes.SICK_PAY;

        assertThat(DevSetOutcomes.asked(sickPay, AnswerStatus.ANSWERED, "SSP is £116.75 a week for up to 28 weeks.",
                0.91, "/employers-sick-pay").strictCorrect()).isTrue();
        assertThat(DevSetOutcomes.asked(sickPay, AnswerStatus.ANSWERED, "SSP is £116.75 a week.", 0.91,
                "/employers-sick-pay").strictCorrect()).isFalse();
        assertThat(DevSetOutcomes.asked(sickPay, AnswerStatus.ANSWERED, "SSP is £116.75 a week for up to 28 weeks.",
                0.91, "/statutory-sick-pay-guide").strictCorrect()).isFalse();
    }

    @Test
    void anAnswerableQuestionStoppedByTheGuardrailIsRefusedNotAnswered() {
        AnswerOutcome outcome = DevSetOutcomes.asked(DevSetOutcomes.SICK_PAY, AnswerStatus.GUARDRAIL,
                "I can't answer that from the guidance.", 0.91);

        assertThat(outcome.answered()).isFalse();
        assertThat(outcome.strictCorrect()).isFalse();
        assertThat(Measure.ANSWERABLE_REFUSED.count(outcome)).isEqualTo(1);
    }

    @Test
    void keepsTheRelevanceTheGateReadAndTheLinesLabels() {
        AnswerOutcome outcome = DevSetOutcomes.gateOpen().get(3);

        assertThat(outcome.relevance()).isEqualTo(0.886);
        assertThat(outcome.id()).isEqualTo("fr-naissance");
        assertThat(outcome.language()).isEqualTo("fr");
        assertThat(outcome.type()).isEqualTo("amount");
        assertThat(outcome.split()).isEqualTo("tune");
        assertThat(DevSetOutcomes.gateOpen().getLast().relevance()).isNull();
    }

    @Test
    void reportsTheConfiguredThresholdAsSimulatedFromTheRunWithTheGateOpen() {
        AnswerEvaluationReport report = AnswerEvaluation.report(DevSetOutcomes.gateOpen(), 0.89, "m", "e");

        // The French question (0.886), the passport question (0.871) and the carte grise question (0.852,
        // stopped by the guardrail with the gate open) fall under the gate at 0.89.
        assertThat(report.questions()).extracting(AnswerOutcome::status).containsExactly("answered", "answered",
                "answered", "unanswerable", "unanswerable", "unanswerable", "crisis_signposted");
        assertThat(report.statuses()).containsOnly(entry("answered", 3L), entry("unanswerable", 3L),
                entry("crisis_signposted", 1L));
        assertThat(report.refusalCorrectness()).isEqualTo(1.0);
        assertThat(report.answeredRate()).isEqualTo(0.75);
        assertThat(report.gate()).contains("0.890", "simulated", "gate open");
        assertThat(report.splits()).extracting(SplitFigures::split).containsExactly("tune", "validate", "all");
        assertThat(report.refusalCurveSplit()).isEqualTo("tune");
        assertThat(report.refusalCurve()).filteredOn(RefusalCurve.Point::configured).singleElement()
                .satisfies(point -> assertThat(point.answered()).isEqualTo(2));
    }

    private static Answer answer(String text, AnswerStatus status, String... cited) {
        return new Answer(text, status, "en", java.util.Arrays.stream(cited).map(id -> new Citation("t", "u", "s", id))
                .toList(), "m", "", 1, -1, List.of(), "q");
    }
}
