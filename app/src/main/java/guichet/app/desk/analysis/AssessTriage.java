package guichet.app.desk.analysis;

import org.springframework.stereotype.Component;

/**
 * Urgency (signals read against the day the message came in, then the classifier, erring on urgent) and
 * category, primary and secondary (the classifier), with reasons.
 */
@Component
public class AssessTriage implements AnalysisStep {

    private final Triage triage;

    public AssessTriage(Triage triage) {
        this.triage = triage;
    }

    @Override
    public void apply(AnalysisContext context) {
        context.decision(triage.decide(context.text(), context.language(), context.receivedAt()));
    }
}
