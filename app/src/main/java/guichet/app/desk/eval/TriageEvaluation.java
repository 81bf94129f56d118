package guichet.app.desk.eval;

import guichet.app.desk.analysis.AnalysisContext;
import guichet.app.desk.analysis.CaseAnalyser;
import guichet.app.desk.analysis.TriageDecision;
import guichet.app.desk.intake.Masking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the desk's triage (the same steps a case goes through: masking, language, urgency signals,
 * classifier) over a labelled set and scores it: urgency precision and recall (urgent is the
 * positive class), category accuracy, the category confusion matrix and the time per message.
 */
public final class TriageEvaluation {

    private final CaseAnalyser triage;

    /** @param triage the analysis steps that decide language, urgency and category */
    public TriageEvaluation(CaseAnalyser triage) {
        this.triage = triage;
    }

    public TriageReport run(List<TriageCase> cases, List<String> categories, Consumer<TriageOutcome> progress) {
        List<TriageOutcome> outcomes = new ArrayList<>();
        long totalNanos = 0;
        String version = "";
        for (TriageCase labelled : cases) {
            long start = System.nanoTime();
            AnalysisContext context = triage.run(new AnalysisContext(labelled.id(), Masking.mask(labelled.subject()),
                    Masking.mask(labelled.body()), "", null));
            long nanos = System.nanoTime() - start;
            totalNanos += nanos;
            TriageDecision decision = context.decision();
            version = decision.classifierVersion();
            TriageOutcome outcome = new TriageOutcome(labelled.id(), labelled.urgency(), decision.urgency(),
                    labelled.category(), decision.category(), context.language(), nanos / 1_000_000,
                    decision.urgencyReason());
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return report(outcomes, categories, totalNanos, version);
    }

    static TriageReport report(List<TriageOutcome> outcomes, List<String> categories, long totalNanos, String version) {
        int truePositives = 0;
        int predicted = 0;
        int expected = 0;
        int right = 0;
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>(categories);
        for (TriageOutcome outcome : outcomes) {
            boolean isUrgent = "urgent".equals(outcome.expectedUrgency());
            boolean saidUrgent = "urgent".equals(outcome.urgency());
            expected += isUrgent ? 1 : 0;
            predicted += saidUrgent ? 1 : 0;
            truePositives += isUrgent && saidUrgent ? 1 : 0;
            right += outcome.categoryRight() ? 1 : 0;
            confusion.computeIfAbsent(outcome.expectedCategory(), k -> new LinkedHashMap<>())
                    .merge(outcome.category(), 1, Integer::sum);
            if (!seen.contains(outcome.expectedCategory())) {
                seen.add(outcome.expectedCategory());
            }
        }
        int n = outcomes.size();
        return new TriageReport(n, predicted == 0 ? 0 : (double) truePositives / predicted,
                expected == 0 ? 1 : (double) truePositives / expected, expected, predicted,
                n == 0 ? 0 : (double) right / n, n == 0 ? 0 : totalNanos / 1e9 / n, version, seen, confusion, outcomes);
    }
}
