package guichet.app.ask;

import guichet.app.ask.settings.AskProperties;
import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.ask.store.ConversationStore;
import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.system.energy.EnergyMeter;
import guichet.app.system.energy.EnergyUse;
import guichet.inference.TokenSink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers one citizen message in a conversation: runs the answer pipeline with the conversation's
 * recent turns, stores the redacted question and the answer, and announces it ({@link AnswerRecorded})
 * for metrics and audit.
 */
@Service
public class Assistant {

    private final AnswerPipeline pipeline;
    private final ConversationStore store;
    private final AskProperties properties;
    private final ApplicationEventPublisher events;
    private final EnergyMeter energy;
    private final Clock clock;

    Assistant(AnswerPipeline pipeline, ConversationStore store, AskProperties properties,
              ApplicationEventPublisher events, EnergyMeter energy, Clock clock) {
        this.pipeline = pipeline;
        this.store = store;
        this.properties = properties;
        this.events = events;
        this.energy = energy;
        this.clock = clock;
    }

    /** An answer that was stored, with the id of its message. */
    public record AnswerRecorded(String conversationId, String messageId, Answer answer) {
    }

    /**
     * Answers {@code message}; pieces of the reply go to {@code sink} as they are written.
     *
     * @param interfaceLanguage the language of the page or client ("en", "fr"): the reply's default language
     */
    public AnswerRecorded ask(String conversationId, String message, String interfaceLanguage, TokenSink sink) {
        long start = clock.millis();
        long[] firstPiece = {-1};
        TokenSink timed = piece -> {
            if (firstPiece[0] < 0) {
                firstPiece[0] = clock.millis() - start;
            }
            sink.accept(piece);
        };
        AnswerContext context = new AnswerContext(conversationId, message, interfaceLanguage,
                store.recentTurns(conversationId, properties.historyTurns()), timed);
        EnergyMeter.Start started = energy.start();
        Answer ran;
        EnergyUse used;
        try {
            ran = pipeline.run(context);
        } finally {
            // an overloaded engine throws: the answer ends all the same
            used = energy.stop(started);
        }
        List<TraceEntry> trace = new ArrayList<>(ran.trace());
        trace.add(new TraceEntry(EnergyMeter.TRACE_STAGE, 0, "measured", used.describe(), 0, 0, "", ""));
        Answer answer = new Answer(ran.text(), ran.status(), ran.language(), ran.citations(), ran.modelId(),
                ran.modelSha256(), ran.totalMillis(), firstPiece[0], trace, ran.redactedQuestion(),
                ran.relevance(), ran.completeness());
        String messageId = store.append(conversationId, answer);
        AnswerRecorded recorded = new AnswerRecorded(conversationId, messageId, answer);
        events.publishEvent(recorded);
        return recorded;
    }
}
