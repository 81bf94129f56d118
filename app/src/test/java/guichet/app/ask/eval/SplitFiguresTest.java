package guichet.app.ask.eval;

import guichet.knowledge.eval.Bootstrap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SplitFiguresTest {

    private static final List<AnswerOutcome> AT_CONFIGURED = DevSetOutcomes.gateOpen().stream()
            .map(o -> o.atThreshold(0.89)).toList();

    @Test
    void groupsQuestionsByTheirSplitAndAllOfThemTogether() {
        var groups = SplitFigures.groups(AT_CONFIGURED);

        assertThat(groups.keySet()).containsExactly("tune", "validate", "all");
        assertThat(groups.get("tune")).extracting(AnswerOutcome::id)
                .containsExactly("en-jsa-amount", "en-jsa-duration", "fr-naissance", "un-passport");
        assertThat(groups.get("validate")).extracting(AnswerOutcome::id).containsExactly("en-ssp", "un-carte-grise");
        // The crisis line has no split: it counts in all only.
        assertThat(groups.get("all")).hasSize(7);
    }

    @Test
    void computesEachFigureOverTheQuestionsItConcerns() {
        SplitFigures tune = SplitFigures.perSplit(AT_CONFIGURED, Bootstrap.STANDARD).getFirst();

        assertThat(tune.questions()).isEqualTo(4);
        assertThat(tune.answerable()).isEqualTo(3);
        assertThat(tune.citationHit()).extracting(Figure::count, Figure::total).containsExactly(1L, 3L);
        assertThat(tune.strictCorrect()).extracting(Figure::count, Figure::total, Figure::rate)
                .containsExactly(1L, 3L, 0.333);
        assertThat(tune.keyFactCoverage()).extracting(Figure::count, Figure::total).containsExactly(2L, 3L);
        assertThat(tune.answerableRefused()).extracting(Figure::count, Figure::total).containsExactly(1L, 3L);
        assertThat(tune.correctRefusals()).extracting(Figure::count, Figure::total, Figure::rate)
                .containsExactly(1L, 1L, 1.0);
        assertThat(tune.answeredUncovered()).extracting(Figure::count, Figure::rate).containsExactly(0L, 0.0);
        assertThat(tune.correctRefusals().low()).isEqualTo(1.0);
        assertThat(tune.latencyP50()).isEqualTo(800);
        for (Measure measure : Measure.values()) {
            Figure figure = tune.figure(measure);
            assertThat(figure.low()).as(measure.label()).isLessThanOrEqualTo(figure.rate());
            assertThat(figure.high()).as(measure.label()).isGreaterThanOrEqualTo(figure.rate());
        }
    }

    @Test
    void breaksStrictCorrectnessDownByTypeAndLanguageOverAnswerableQuestions() {
        SplitFigures all = SplitFigures.perSplit(AT_CONFIGURED, Bootstrap.STANDARD).getLast();

        assertThat(all.strictByType().keySet()).containsExactly("amount", "deadline", "multi_part");
        assertThat(all.strictByType().get("amount")).extracting(Figure::count, Figure::total).containsExactly(1L, 2L);
        assertThat(all.strictByLanguage().keySet()).containsExactly("en", "fr");
        assertThat(all.strictByLanguage().get("fr")).extracting(Figure::count, Figure::total).containsExactly(0L, 1L);
    }

    @Test
    void aSplitWithoutQuestionsHasNoRates() {
        List<AnswerOutcome> unsplit = List.of(AT_CONFIGURED.getLast());

        SplitFigures tune = SplitFigures.perSplit(unsplit, Bootstrap.STANDARD).getFirst();

        assertThat(tune.questions()).isZero();
        assertThat(tune.strictCorrect().rate()).isNull();
        assertThat(tune.strictCorrect().low()).isNull();
        assertThat(tune.latencyP95()).isZero();
    }
}
