package guichet.app.desk.analysis;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The seam for the bigger model's second opinion, with a scripted opinion. */
class SeekSecondOpinionTest {

    @Test
    void aVerdictCitingASentenceOfTheMessageCanMakeItUrgent() {
        AnalysisContext context = generalContext();

        step(verdict(true, "I can't cope with any of this any more."), 7_000_000_000L).apply(context);

        assertThat(context.decision().urgent()).isTrue();
        assertThat(context.decision().urgencyReason()).contains("second opinion (big-model): urgent", "can't cope");
    }

    @Test
    void aVerdictCitingASentenceThatIsNotThereIsDiscarded() {
        AnalysisContext context = generalContext();

        step(verdict(true, "I will end my life tonight."), 7_000_000_000L).apply(context);

        assertThat(context.decision().urgent()).isFalse();
        assertThat(context.notes()).anySatisfy(note -> assertThat(note).contains("discarded", "not in the message"));
    }

    @Test
    void aSmallModelIsNotAskedAndAVerdictNeverLowersUrgency() {
        AnalysisContext small = generalContext();
        step(verdict(true, "I sent my forms last week."), 135_000_000L).apply(small);
        assertThat(small.decision().urgencyReason()).doesNotContain("second opinion");

        AnalysisContext urgent = generalContext();
        urgent.decision(decision("urgent"));
        step(verdict(false, "I sent my forms last week."), 7_000_000_000L).apply(urgent);
        assertThat(urgent.decision().urgent()).isTrue();
    }

    private static SeekSecondOpinion step(SecondOpinion.Verdict verdict, long parameters) {
        return new SeekSecondOpinion((text, language, decision) -> Optional.of(verdict), () -> parameters, 1_000_000_000L);
    }

    private static SecondOpinion.Verdict verdict(boolean urgent, String sentence) {
        return new SecondOpinion.Verdict(urgent, "claim_status", sentence, "big-model");
    }

    private static AnalysisContext generalContext() {
        AnalysisContext context = new AnalysisContext("c1", "Claim", "I sent my forms last week. I can't cope with any of "
                + "this any more.", "", Instant.parse("2026-03-11T10:00:00Z"));
        context.decision(decision("general"));
        return context;
    }

    private static TriageDecision decision(String urgency) {
        return new TriageDecision(urgency, "no urgency signal; classifier p(urgent) = 0.10 < 0.15", "claim_status", null,
                "claim_status 0.70", "triage-test", 0.10, List.of());
    }
}
