package guichet.app.ask.pipeline;

import guichet.inference.EngineUnavailableException;
import guichet.inference.OverloadedException;
import guichet.app.shared.pipeline.Step;
import guichet.app.shared.pipeline.StepRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the stages in order over one context until one stops it ({@link StepRunner}), recording each
 * in the trace with its time, model tokens and notes. Failures are caught here, once: the caller
 * always gets an {@link Answer}, with status {@code error} when a stage failed. Overload is the
 * exception: it is rethrown so the HTTP layer can answer 429/503 with Retry-After.
 */
public final class AnswerPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerPipeline.class);

    private final StepRunner<AnswerContext> runner;
    private final Clock clock;
    private final Function<AnswerContext, String> errorReply;

    /**
     * @param stages the stages, in order
     * @param clock time source (tests control it)
     * @param errorReply the citizen text for an error, in the context's language
     */
    public AnswerPipeline(List<Stage> stages, Clock clock, Function<AnswerContext, String> errorReply) {
        this.runner = new StepRunner<>(stages, AnswerContext::stopped, clock);
        this.clock = clock;
        this.errorReply = errorReply;
    }

    /** The stages' names, in order. */
    public List<String> stageNames() {
        return runner.stepNames();
    }

    public Answer run(AnswerContext context) {
        long start = clock.millis();
        List<TraceEntry> trace = new ArrayList<>();
        runner.run(context, new Tracing(trace));
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

    /** Records each stage in the trace, and meets a failure with the error reply. */
    private final class Tracing implements StepRunner.Listener<AnswerContext> {

        private final List<TraceEntry> trace;
        private int usageBefore;
        private int notesBefore;

        Tracing(List<TraceEntry> trace) {
            this.trace = trace;
        }

        @Override
        public void starting(Step<AnswerContext> stage, AnswerContext context) {
            usageBefore = context.usageCount();
            notesBefore = context.noteCount();
        }

        @Override
        public void failed(Step<AnswerContext> stage, AnswerContext context, RuntimeException error) {
            if (error instanceof OverloadedException) {
                throw error;
            }
            if (error instanceof EngineUnavailableException) {
                LOG.warn("stage {} could not run: {}", stage.name(), error.getMessage());
                context.stop(AnswerStatus.ERROR, errorReply.apply(context), "engine unavailable: " + error.getMessage());
                return;
            }
            // The question never goes into the log: only the stage and the failure.
            LOG.error("stage {} failed in conversation {}: {}", stage.name(), context.conversationId(), error.toString());
            context.stop(AnswerStatus.ERROR, errorReply.apply(context), stage.name() + " failed: "
                    + error.getClass().getSimpleName());
        }

        @Override
        public void finished(Step<AnswerContext> stage, AnswerContext context, long millis) {
            String outcome = context.stopped() ? context.status().wireName() : "passed";
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
            if (context.stopped() && !context.stopReason().isBlank()) {
                details.add(context.stopReason());
            }
            trace.add(new TraceEntry(stage.name(), millis, outcome, String.join("; ", details), prompt, completion,
                    modelId, sha));
        }
    }
}
