package guichet.app.desk.analysis;

import guichet.app.desk.analysis.urgency.UrgencySignal;

import java.util.List;

/**
 * What triage decided for one message, and why.
 *
 * @param urgency {@code urgent} or {@code general}
 * @param urgencyReason the signals that counted (with who bears the risk), those that matched words but
 *                      did not count and why, and the classifier's probability
 * @param category a taxonomy id: what the message is mainly about
 * @param secondaryCategory the next most likely category when it is likely enough (mixed mail), else null
 * @param categoryReason the classifier's confidence, the runner-up and the nearest labelled examples
 * @param classifierVersion the classifier that decided
 * @param urgentProbability the classifier's probability of urgent (signals aside)
 * @param signals the urgency rules that counted
 */
public record TriageDecision(String urgency, String urgencyReason, String category, String secondaryCategory,
                             String categoryReason, String classifierVersion, double urgentProbability,
                             List<UrgencySignal> signals) {

    public TriageDecision {
        signals = List.copyOf(signals);
    }

    public boolean urgent() {
        return "urgent".equals(urgency);
    }
}
