package guichet.app.system.audit.bias;

import java.util.List;

/**
 * A decision of Guichet's that a bias audit varies: features register theirs (the desk's triage, the eligibility
 * rules) and {@code guichet audit bias} runs them all.
 */
public interface CounterfactualProbe {

    /** The decision audited ("triage", "eligibility"). */
    String name();

    /** What a positive outcome is, for the report ("urgent", "eligible"). */
    String positiveOutcome();

    /** Decides every variant of every case. */
    List<Counterfactual> run();
}
