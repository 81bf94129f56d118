package guichet.app.shared.pipeline;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepRunnerTest {

    /** A flow's context: what the steps wrote, and whether one stopped it. */
    static final class Flow {
        final List<String> written = new ArrayList<>();
        boolean stopped;
    }

    record Writes(String name, boolean stops) implements Step<Flow> {
        @Override
        public void apply(Flow flow) {
            flow.written.add(name);
            flow.stopped = stops;
        }
    }

    record Fails(String name) implements Step<Flow> {
        @Override
        public void apply(Flow flow) {
            throw new IllegalStateException(name + " broke");
        }
    }

    private static class Recorder implements StepRunner.Listener<Flow> {
        final List<String> finished = new ArrayList<>();

        @Override
        public void finished(Step<Flow> step, Flow flow, long millis) {
            finished.add(step.name() + (millis >= 0 ? "" : "?"));
        }
    }

    @Test
    void runsTheStepsInOrderUntilOneStopsTheFlow() {
        StepRunner<Flow> runner = new StepRunner<>(List.of(new Writes("a", false), new Writes("b", true),
                new Writes("c", false)), flow -> flow.stopped, Clock.systemUTC());
        Flow flow = new Flow();
        Recorder recorder = new Recorder();

        boolean stopped = runner.run(flow, recorder);

        assertThat(stopped).isTrue();
        assertThat(flow.written).containsExactly("a", "b");
        assertThat(recorder.finished).containsExactly("a", "b");
        assertThat(runner.stepNames()).containsExactly("a", "b", "c");
    }

    @Test
    void aFailureReachesTheCallerByDefaultWithTheStepRecorded() {
        StepRunner<Flow> runner = new StepRunner<>(List.of(new Writes("a", false), new Fails("b"), new Writes("c", false)),
                flow -> flow.stopped, Clock.systemUTC());
        Flow flow = new Flow();
        Recorder recorder = new Recorder();

        assertThatThrownBy(() -> runner.run(flow, recorder)).hasMessage("b broke");
        assertThat(recorder.finished).containsExactly("a", "b");
        assertThat(flow.written).containsExactly("a");
    }

    @Test
    void aListenerMayMeetAFailureByStoppingTheFlow() {
        StepRunner<Flow> runner = new StepRunner<>(List.of(new Fails("a"), new Writes("b", false)),
                flow -> flow.stopped, Clock.systemUTC());
        Flow flow = new Flow();
        Recorder recorder = new Recorder() {
            @Override
            public void failed(Step<Flow> step, Flow failed, RuntimeException error) {
                failed.written.add("error in " + step.name());
                failed.stopped = true;
            }
        };

        assertThat(runner.run(flow, recorder)).isTrue();
        assertThat(flow.written).containsExactly("error in a");
        assertThat(recorder.finished).containsExactly("a");
    }

    @Test
    void aFlowNoStepStoppedSaysSo() {
        StepRunner<Flow> runner = new StepRunner<>(List.of(new Writes("a", false)), flow -> flow.stopped, Clock.systemUTC());

        assertThat(runner.run(new Flow(), new Recorder())).isFalse();
    }
}
