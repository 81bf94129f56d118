package guichet.app.ask.eval;

import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Citation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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

        AnswerEvaluationReport report = AnswerEvaluation.report(List.of(hit, miss), "m", "e");

        assertThat(report.citationHitRate()).isEqualTo(0.5);
        assertThat(report.keyFactCoverage()).isEqualTo(0.25);
        assertThat(report.latencyP50()).isEqualTo(100);
        assertThat(report.latencyP95()).isEqualTo(300);
    }

    private static Answer answer(String text, AnswerStatus status, String... cited) {
        return new Answer(text, status, "en", java.util.Arrays.stream(cited).map(id -> new Citation("t", "u", "s", id))
                .toList(), "m", "", 1, -1, List.of(), "q");
    }
}
