package guichet.app.ask.eval;

import guichet.app.ask.pipeline.AnswerStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerOutcomeTest {

    @Test
    void aQuestionBelowTheThresholdBecomesARefusalWithoutCitationOrFact() {
        AnswerOutcome answered = DevSetOutcomes.asked(DevSetOutcomes.BIRTH_LEAVE, AnswerStatus.ANSWERED,
                "Vous avez droit à 3 jours ouvrables. [1]", 0.886, "F2266");

        AnswerOutcome refused = answered.atThreshold(0.89);

        assertThat(answered.strictCorrect()).isTrue();
        assertThat(refused.status()).isEqualTo("unanswerable");
        assertThat(refused.answered()).isFalse();
        assertThat(refused.citationHit()).isFalse();
        assertThat(refused.cited()).isEmpty();
        assertThat(refused.keyFactsFound()).isEmpty();
        assertThat(refused.keyFactsMissing()).containsExactly("3 jours ouvrables");
        assertThat(refused.strictCorrect()).isFalse();
        assertThat(refused.relevance()).isEqualTo(0.886);
        assertThat(refused.trace().getLast()).contains("simulated", "0.8860 below 0.890");
    }

    @Test
    void anUnanswerableQuestionBelowTheThresholdIsACorrectRefusal() {
        AnswerOutcome answered = DevSetOutcomes.asked(DevSetOutcomes.PASSPORT, AnswerStatus.ANSWERED,
                "You can apply online. [1]", 0.871, "/apply-apprenticeship");

        assertThat(answered.refusalCorrect()).isFalse();
        assertThat(answered.atThreshold(0.89).refusalCorrect()).isTrue();
        assertThat(answered.atThreshold(0.87).refusalCorrect()).isFalse();
    }

    @Test
    void aQuestionAtOrAboveTheThresholdKeepsTheStatusItGotEvenFromTheGuardrail() {
        AnswerOutcome guardrail = DevSetOutcomes.asked(DevSetOutcomes.CARTE_GRISE, AnswerStatus.GUARDRAIL,
                "Je ne peux pas répondre à cette question.", 0.852);

        assertThat(guardrail.atThreshold(0.852)).isSameAs(guardrail);
        assertThat(guardrail.atThreshold(0.80).status()).isEqualTo("guardrail");
    }

    @Test
    void aQuestionStoppedBeforeTheGateKeepsItsStatusAtEveryThreshold() {
        AnswerOutcome crisis = DevSetOutcomes.gateOpen().getLast();

        assertThat(crisis.atThreshold(0.95)).isSameAs(crisis);
        assertThat(crisis.atThreshold(0.95).status()).isEqualTo("crisis_signposted");
    }
}
