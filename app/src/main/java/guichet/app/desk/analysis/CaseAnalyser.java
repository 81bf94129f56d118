package guichet.app.desk.analysis;

import java.util.List;

/**
 * Runs the analysis steps in order over one context, timing each. A step that throws stops the
 * analysis: the caller records why and tries the case again later (the models may still be loading).
 */
public final class CaseAnalyser {

    private final List<AnalysisStep> steps;

    public CaseAnalyser(List<AnalysisStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public List<String> stepNames() {
        return steps.stream().map(AnalysisStep::name).toList();
    }

    public AnalysisContext run(AnalysisContext context) {
        for (AnalysisStep step : steps) {
            long start = System.nanoTime();
            step.apply(context);
            context.timing(step.name(), (System.nanoTime() - start) / 1_000_000);
        }
        return context;
    }
}
