package guichet.app.desk.analysis;

import guichet.app.shared.pipeline.Step;
import guichet.app.shared.pipeline.StepRunner;

import java.time.Clock;
import java.util.List;

/**
 * Runs the analysis steps in order over one context, timing each ({@link StepRunner}). A step that
 * throws stops the analysis: the caller records why and tries the case again later (the models may
 * still be loading).
 */
public final class CaseAnalyser {

    private final StepRunner<AnalysisContext> runner;

    public CaseAnalyser(List<AnalysisStep> steps) {
        // The analysis has no early stop: every step runs unless one throws.
        this.runner = new StepRunner<>(steps, context -> false, Clock.systemUTC());
    }

    public List<String> stepNames() {
        return runner.stepNames();
    }

    public AnalysisContext run(AnalysisContext context) {
        runner.run(context, new StepRunner.Listener<>() {
            @Override
            public void finished(Step<AnalysisContext> step, AnalysisContext analysed, long millis) {
                analysed.timing(step.name(), millis);
            }
        });
        return context;
    }
}
