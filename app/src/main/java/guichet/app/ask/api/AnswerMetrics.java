package guichet.app.ask.api;

import guichet.app.system.energy.EnergyMeter;
import guichet.app.ask.Assistant;
import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.TraceEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Metrics of the answers, from the record of each one ({@link Assistant.AnswerRecorded}), so the
 * pipeline itself knows nothing of them:
 * <ul>
 *   <li>{@code guichet.answers} (counter): by {@code status} and {@code family};</li>
 *   <li>{@code guichet.answer.latency}: question to stored answer, by status;</li>
 *   <li>{@code guichet.answer.first.token}: time to the first streamed piece;</li>
 *   <li>{@code guichet.answer.stage.latency}: each stage, by {@code stage} and {@code outcome};</li>
 *   <li>{@code guichet.retrieval.latency}: the RetrieveGuidance stage;</li>
 *   <li>{@code guichet.answer.tokens} (counter): model tokens by {@code kind} (prompt, completion);</li>
 *   <li>{@code guichet.answer.tokens.per.second}: generation rate of each stage that used the model;</li>
 *   <li>{@code guichet.answers.running} (gauge): questions the APIs are answering now.</li>
 * </ul>
 * Timers publish Prometheus histograms; every tag has a small fixed set of values.
 */
@Component
class AnswerMetrics {

    static final String RETRIEVAL_STAGE = "RetrieveGuidance";

    private final MeterRegistry registry;

    AnswerMetrics(MeterRegistry registry, AnswerRunner answers) {
        this.registry = registry;
        Gauge.builder("guichet.answers.running", answers, AnswerRunner::running)
                .description("Questions the APIs are answering now").register(registry);
    }

    @EventListener
    void onAnswer(Assistant.AnswerRecorded recorded) {
        Answer answer = recorded.answer();
        String status = answer.status().wireName();
        Counter.builder("guichet.answers").description("Answers given, by status")
                .tag("status", status).tag("family", answer.status().family().name().toLowerCase(java.util.Locale.ROOT))
                .register(registry).increment();
        timer("guichet.answer.latency", "Time from question to stored answer").tag("status", status).register(registry)
                .record(Duration.ofMillis(answer.totalMillis()));
        if (answer.firstTokenMillis() >= 0) {
            timer("guichet.answer.first.token", "Time to the first streamed piece of an answer").register(registry)
                    .record(Duration.ofMillis(answer.firstTokenMillis()));
        }
        long prompt = 0;
        long completion = 0;
        for (TraceEntry entry : answer.trace()) {
            if (EnergyMeter.TRACE_STAGE.equals(entry.stage())) {
                continue; // not a stage: the energy meter keeps its own metric
            }
            timer("guichet.answer.stage.latency", "Time of each answer stage")
                    .tag("stage", entry.stage()).tag("outcome", outcome(entry.outcome())).register(registry)
                    .record(Duration.ofMillis(entry.millis()));
            if (RETRIEVAL_STAGE.equals(entry.stage())) {
                timer("guichet.retrieval.latency", "Time to retrieve guidance passages for a question").register(registry)
                        .record(Duration.ofMillis(entry.millis()));
            }
            if (entry.completionTokens() > 0 && entry.millis() > 0) {
                DistributionSummary.builder("guichet.answer.tokens.per.second")
                        .description("Tokens written per second by the stages that used the chat model")
                        .tag("stage", entry.stage()).publishPercentileHistogram()
                        .register(registry).record(entry.completionTokens() * 1000.0 / entry.millis());
            }
            prompt += entry.promptTokens();
            completion += entry.completionTokens();
        }
        tokens("prompt").increment(prompt);
        tokens("completion").increment(completion);
    }

    private Counter tokens(String kind) {
        return Counter.builder("guichet.answer.tokens").description("Chat model tokens used by answers")
                .baseUnit("tokens").tag("kind", kind).register(registry);
    }

    private static Timer.Builder timer(String name, String description) {
        return Timer.builder(name).description(description).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(5));
    }

    /** "passed" or the status a stage stopped with: a small fixed set. */
    private static String outcome(String outcome) {
        return outcome == null || outcome.isBlank() ? "unknown" : outcome;
    }
}
