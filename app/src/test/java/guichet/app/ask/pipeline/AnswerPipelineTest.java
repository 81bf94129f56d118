package guichet.app.ask.pipeline;

import guichet.inference.EngineUnavailableException;
import guichet.inference.OverloadedException;
import guichet.inference.TokenSink;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The answer pipeline's runner: its trace, its early stop, and what a failing stage gives the citizen. */
class AnswerPipelineTest {

    private static final String ERROR_REPLY = "Something went wrong.";

    record Notes(String name) implements Stage {
        @Override
        public void apply(AnswerContext context) {
            context.note(name + " looked");
        }
    }

    record Answers(String name) implements Stage {
        @Override
        public void apply(AnswerContext context) {
            context.stop(AnswerStatus.UNANSWERABLE, "No guidance on that.", "nothing found");
        }
    }

    record Throws(String name, RuntimeException error) implements Stage {
        @Override
        public void apply(AnswerContext context) {
            throw error;
        }
    }

    private static Answer run(Stage... stages) {
        return new AnswerPipeline(List.of(stages), Clock.systemUTC(), context -> ERROR_REPLY).run(
                new AnswerContext("c", "How much is Carer's Allowance?", "en", List.of(), TokenSink.NONE));
    }

    @Test
    void eachStageThatRanIsTracedAndTheFirstStopEndsTheAnswer() {
        Answer answer = run(new Notes("Check"), new Answers("Compose"), new Notes("Never"));

        assertThat(answer.status()).isEqualTo(AnswerStatus.UNANSWERABLE);
        assertThat(answer.text()).isEqualTo("No guidance on that.");
        assertThat(answer.trace()).extracting(TraceEntry::stage).containsExactly("Check", "Compose");
        assertThat(answer.trace()).extracting(TraceEntry::outcome).containsExactly("passed", "unanswerable");
        assertThat(answer.trace().get(0).detail()).isEqualTo("Check looked");
        assertThat(answer.trace().get(1).detail()).isEqualTo("nothing found");
    }

    @Test
    void aStageThatFailsGivesTheErrorReplyAndNamesItselfInTheTrace() {
        Answer answer = run(new Notes("Check"), new Throws("Retrieve", new IllegalStateException("index closed")),
                new Answers("Compose"));

        assertThat(answer.status()).isEqualTo(AnswerStatus.ERROR);
        assertThat(answer.text()).isEqualTo(ERROR_REPLY);
        assertThat(answer.trace()).extracting(TraceEntry::stage).containsExactly("Check", "Retrieve");
        assertThat(answer.trace().get(1).detail()).isEqualTo("Retrieve failed: IllegalStateException");
    }

    @Test
    void anEngineNotReadyIsAnErrorAnswerButOverloadReachesTheHttpLayer() {
        Answer unavailable = run(new Throws("Compose", new EngineUnavailableException("models loading")));

        assertThat(unavailable.status()).isEqualTo(AnswerStatus.ERROR);
        assertThat(unavailable.trace().getFirst().detail()).contains("engine unavailable");
        assertThatThrownBy(() -> run(new Throws("Compose", new OverloadedException("busy", java.time.Duration.ofSeconds(5)))))
                .isInstanceOf(OverloadedException.class);
    }

    @Test
    void stagesThatNeverAnswerGiveAnError() {
        Answer answer = run(new Notes("Check"));

        assertThat(answer.status()).isEqualTo(AnswerStatus.ERROR);
        assertThat(answer.text()).isEqualTo(ERROR_REPLY);
    }
}
