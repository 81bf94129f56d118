package guichet.app.desk.analysis;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The desk's case analysis: every step runs and is timed; a failing step reaches the caller, who retries. */
class CaseAnalyserTest {

    record Notes(String name) implements AnalysisStep {
        @Override
        public void apply(AnalysisContext context) {
            context.note(name + " read the message");
        }
    }

    record Fails(String name) implements AnalysisStep {
        @Override
        public void apply(AnalysisContext context) {
            throw new IllegalStateException("models still loading");
        }
    }

    private static AnalysisContext message() {
        return new AnalysisContext("case-1", "Payment missing", "My payment did not arrive.", "A. Citizen",
                Instant.parse("2026-12-07T09:00:00Z"));
    }

    @Test
    void everyStepRunsInOrderAndIsTimed() {
        AnalysisContext context = new CaseAnalyser(List.of(new Notes("DetectLanguage"), new Notes("AssessTriage")))
                .run(message());

        assertThat(context.timings()).containsOnlyKeys("DetectLanguage", "AssessTriage");
    }

    @Test
    void aFailingStepStopsTheAnalysisForTheCallerToRetry() {
        CaseAnalyser analyser = new CaseAnalyser(List.of(new Notes("DetectLanguage"), new Fails("AssessTriage"),
                new Notes("DraftReply")));
        AnalysisContext context = message();

        assertThatThrownBy(() -> analyser.run(context)).hasMessage("models still loading");
        assertThat(context.timings()).doesNotContainKey("DraftReply");
    }
}
