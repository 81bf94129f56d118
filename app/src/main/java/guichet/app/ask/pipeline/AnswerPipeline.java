package guichet.app.ask.pipeline;

import guichet.inference.EngineUnavailableException;
import guichet.inference.OverloadedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the stages in order over one context until one stops it, timing each and recording it in
 * the trace. Failures are caught here, once: the caller always gets an {@link Answer}, with status
 * {@code error} when a stage failed. Overload is the exception: it is rethrown so the HTTP layer
 * can answer 429/503 with Retry-After.
 */
public final class AnswerPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerPipeline.class);

    private final List<Stage> stages;
    private final Clock clock;
    private final Function<AnswerContext, String> errorReply;

    /**
     * @param stages the stages, in order
     * @param clock time source (tests control it)
     * @param errorReply the citizen text for an error, in the context's language
     */
    public AnswerPipeline(List<Stage> stages, Clock clock, Function<AnswerContext, String> errorReply) {
        this.stages = List.copyOf(stages);
        this.clock = clock;
        this.errorReply = errorReply;
    }

    /** The stages' names, in order. */
    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    public Answer run(AnswerContext context) {
        long start = clock.millis();
        List<TraceEntry> trace = new ArrayList<>();
        for (Stage stage : stages) {
            long stageStart = clock.millis();
            int usageBefore = context.usageCount();
            int notesBefore = context.noteCount();
            String outcome;
            try {
                stage.apply(context);
                outcome = context.stopped() ? context.status().wireName() : "passed";
            } catch (OverloadedException e) {
                throw e;
            } catch (EngineUnavailableException e) {
                LOG.warn("stage {} could not run: {}", stage.name(), e.getMessage());
                context.stop(AnswerStatus.ERROR, errorReply.apply(context), "engine unavailable: " + e.getMessage());
                outcome = AnswerStatus.ERROR.wireName();
            } catch (RuntimeException e) {
                // The question never goes into the log: only the stage and the failure.
                LOG.error("stage {} failed in conversation {}: {}", stage.name(), context.conversationId(), e.toString());
                context.stop(AnswerStatus.ERROR, errorReply.apply(context), stage.name() + " failed: " + e.getClass().getSimpleName());
                outcome = AnswerStatus.ERROR.wireName();
            }
            trace.add(entry(stage, context, usageBefore, notesBefore, clock.millis() - stageStart, outcome));
            if (context.stopped()) {
                break;
            }
        }
        if (!context.stopped()) {
            context.stop(AnswerStatus.ERROR, errorReply.apply(context), "no stage produced an answer");
        }
        var model = context.model();
        List<Citation> citations = context.cites()
                ? context.sourcesUsed().stream().map(Citation::of).distinct().toList() : List.of();
        return new Answer(context.reply(), context.status(), context.language(), citations,
                model == null ? "" : model.id(), model == null ? "" : model.sha256(), clock.millis() - start, -1,
                trace, context.question(), context.relevance(), context.completeness());
    }

    private static TraceEntry entry(Stage stage, AnswerContext context, int usageBefore, int notesBefore, long millis,
                                    String outcome) {
        int prompt = 0;
        int completion = 0;
        String modelId = "";
        String sha = "";
        for (AnswerContext.StageUsage usage : context.usageSince(usageBefore)) {
            prompt += usage.promptTokens();
            completion += usage.completionTokens();
            modelId = usage.modelId();
            sha = usage.modelSha256();
        }
        List<String> details = new ArrayList<>(context.notesSince(notesBefore));
        if (context.stopped() && outcome.equals(context.status().wireName()) && !context.stopReason().isBlank()) {
            details.add(context.stopReason());
        }
        String detail = String.join("; ", details);
        return new TraceEntry(stage.name(), millis, outcome, detail, prompt, completion, modelId, sha);
    }
}
