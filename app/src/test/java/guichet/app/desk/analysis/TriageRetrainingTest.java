package guichet.app.desk.analysis;

import guichet.app.desk.DeskFixtures;
import guichet.app.desk.store.CorrectedCase;
import guichet.app.desk.store.TriageModelStore;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retrain is checked on held-out messages before it replaces the running classifier: officers'
 * labels that would make it file payment problems as "other" are learnt, found worse on the held-out
 * messages, and the candidate is kept inactive; sound labels make a candidate that replaces it.
 */
class TriageRetrainingTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-11T10:00:00Z");

    private static final List<LabelledMessage> HELD_OUT = List.of(
            new LabelledMessage("h1", "Payment missing\n\nMy Carer's Allowance did not arrive on Monday. Can you check?",
                    "en", "general", "payment_problem", RECEIVED),
            new LabelledMessage("h2", "Wrong amount\n\nMy pension was £40 lower this month and nobody told me why.",
                    "en", "general", "payment_problem", RECEIVED),
            new LabelledMessage("h3", "Versement manquant\n\nMon allocation n'est pas arrivée ce mois-ci, pouvez-vous vérifier ?",
                    "fr", "general", "payment_problem", RECEIVED),
            new LabelledMessage("h4", "No food tonight\n\nMy benefit stopped and there is no food in the house for my kids.",
                    "en", "urgent", "hardship_or_safeguarding", RECEIVED));

    @Test
    void aRetrainThatDoesWorseOnHeldOutMessagesIsKeptInactiveAndASoundOneReplacesIt() {
        JdbcClient database = DeskFixtures.database();
        Triage triage = DeskFixtures.triage(database);
        TriageModelStore models = new TriageModelStore(database, Clock.systemUTC());
        TriageRetraining retraining = new TriageRetraining(triage);
        String builtIn = triage.version();

        TriageRetraining.Outcome poisoned = retraining.retrain(cases("other", 40), HELD_OUT, false);

        assertThat(poisoned.activated()).as(poisoned.toString()).isFalse();
        assertThat(poisoned.candidateScores().categoryAccuracy()).isLessThan(poisoned.previousScores().categoryAccuracy());
        assertThat(triage.version()).isEqualTo(builtIn);
        assertThat(models.versions()).contains(poisoned.candidate());
        assertThat(models.activeVersion()).contains(builtIn);

        TriageRetraining.Outcome sound = retraining.retrain(cases("payment_problem", 10), HELD_OUT, false);

        assertThat(sound.activated()).as(sound.why()).isTrue();
        assertThat(sound.heldOut()).isEqualTo(HELD_OUT.size());
        assertThat(sound.trainedCorrections()).isEqualTo(10);
        assertThat(triage.version()).isEqualTo(sound.candidate()).isNotEqualTo(builtIn);
        assertThat(models.activeVersion()).contains(sound.candidate());
    }

    /**
     * Officers' cases about missing or wrong payments, labelled {@code category}; their ids are all in the
     * four fifths that are trained on, so only {@link #HELD_OUT} checks the candidate.
     */
    private static List<CorrectedCase> cases(String category, int count) {
        String[] texts = {"Payment missing\n\nMy Carer's Allowance did not arrive this week. Can you check?",
                "Wrong amount\n\nMy pension was lower this month and nobody told me why.",
                "Payment missing\n\nMy allowance did not arrive on Monday, please check.",
                "Wrong amount\n\nMy payment is £30 lower this month, why?",
                "Payment late\n\nMy Carer's Allowance has not been paid. Please check.",
                "Versement manquant\n\nMon allocation n'est pas arrivée, pouvez-vous vérifier ?",
                "Versement manquant\n\nMa pension n'est pas arrivée ce mois-ci, pouvez-vous vérifier ?"};
        List<CorrectedCase> corrected = new ArrayList<>();
        for (int i = 0; corrected.size() < count; i++) {
            String id = "case-" + category + "-" + i;
            if (Math.floorMod(id.hashCode(), TriageRetraining.HELD_OUT_ONE_IN) == 0) {
                continue;
            }
            corrected.add(new CorrectedCase(id, i % 7 >= 5 ? "fr" : "en",
                    texts[i % texts.length] + " (" + i + ")", "general", category, true, true, RECEIVED));
        }
        return corrected;
    }
}
