package guichet.app.desk.analysis;

import guichet.app.desk.store.Signal;

import java.util.List;

/**
 * What triage decided for one message, and why.
 *
 * @param urgency {@code urgent} or {@code general}
 * @param urgencyReason the signals that matched and the classifier's probability
 * @param category a taxonomy id
 * @param categoryReason the classifier's confidence, the runner-up and the nearest labelled examples
 * @param classifierVersion the classifier that decided
 * @param urgentProbability the classifier's probability of urgent (signals aside)
 * @param signals the urgency rules that matched
 */
public record TriageDecision(String urgency, String urgencyReason, String category, String categoryReason,
                             String classifierVersion, double urgentProbability, List<Signal> signals) {

    public TriageDecision {
        signals = List.copyOf(signals);
    }

    public boolean urgent() {
        return "urgent".equals(urgency);
    }
}
