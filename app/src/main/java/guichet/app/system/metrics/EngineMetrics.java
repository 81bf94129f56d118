package guichet.app.system.metrics;

import guichet.app.system.engine.InferenceRuntime;
import guichet.inference.ChatModel;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import java.util.function.ToIntFunction;

/**
 * Gauges of the engine's load, read when scraped: requests waiting for a slot, generating, and the
 * slots there are. Zero while the models are not loaded. (The answers running are the answer
 * feature's own gauge.)
 */
@Component
class EngineMetrics implements MeterBinder {

    private final InferenceRuntime runtime;
    EngineMetrics(InferenceRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("guichet.engine.queue.depth", this, m -> m.chat(ChatModel::queueDepth))
                .description("Chat requests waiting for an engine slot").register(registry);
        Gauge.builder("guichet.engine.active.requests", this, m -> m.chat(ChatModel::activeRequests))
                .description("Chat requests generating now").register(registry);
        Gauge.builder("guichet.engine.slots", this, m -> m.chat(chat -> chat.info().slots()))
                .description("Chat requests the engine generates at once").register(registry);
    }

    private double chat(ToIntFunction<ChatModel> reading) {
        if (runtime.state() != InferenceRuntime.State.READY) {
            return 0;
        }
        try {
            return reading.applyAsInt(runtime.chat());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
