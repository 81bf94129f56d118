package guichet.app.desk.analysis;

import guichet.app.shared.rules.MatchText;
import guichet.app.desk.settings.DeskProperties;
import guichet.inference.EngineUnavailableException;
import guichet.app.system.engine.InferenceRuntime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Asks the {@link SecondOpinion} about the triage decision when the chat model is big enough, checks that
 * the sentence it cites is in the message (else its verdict is discarded, with a note), and lets it make
 * a message urgent that the rules and the classifier did not (recall first); it never makes one general.
 * The verdict is added to the urgency reason, so the officer sees the sentence. A step that does nothing
 * while no second opinion is provided.
 */
@Component
public class SeekSecondOpinion implements AnalysisStep {

    private final SecondOpinion secondOpinion;
    private final LongSupplier modelParameters;
    private final long minParameters;

    @Autowired
    SeekSecondOpinion(SecondOpinion secondOpinion, InferenceRuntime runtime, DeskProperties properties) {
        this(secondOpinion, () -> {
            try {
                return runtime.chat().info().parameterCount();
            } catch (EngineUnavailableException e) {
                return -1;
            }
        }, properties.triage().secondOpinionMinParameters());
    }

    /**
     * @param modelParameters the chat model's size (0: unknown, a remote pool the operator chose; -1: none)
     */
    public SeekSecondOpinion(SecondOpinion secondOpinion, LongSupplier modelParameters, long minParameters) {
        this.secondOpinion = secondOpinion;
        this.modelParameters = modelParameters;
        this.minParameters = minParameters;
    }

    @Override
    public void apply(AnalysisContext context) {
        TriageDecision decision = context.decision();
        if (secondOpinion == SecondOpinion.NONE || decision == null) {
            return;
        }
        long parameters = modelParameters.getAsLong();
        if (parameters < 0 || (parameters > 0 && parameters < minParameters)) {
            return;
        }
        Optional<SecondOpinion.Verdict> verdict = secondOpinion.review(context.text(), context.language(), decision);
        if (verdict.isEmpty()) {
            return;
        }
        SecondOpinion.Verdict given = verdict.get();
        if (given.sentence() == null || given.sentence().isBlank()
                || !MatchText.of(context.text()).replaceAll("\\s+", " ").contains(MatchText.of(given.sentence()).replaceAll("\\s+", " "))) {
            context.note("The second opinion of " + given.model() + " was discarded: the sentence it cited is not in the message.");
            return;
        }
        String opinion = "; second opinion (" + given.model() + "): " + (given.urgent() ? "urgent" : "general") + ", "
                + given.category() + " (“" + given.sentence().strip() + "”)";
        boolean urgent = decision.urgent() || given.urgent();
        context.decision(new TriageDecision(urgent ? "urgent" : "general", decision.urgencyReason() + opinion,
                decision.category(), decision.secondaryCategory(), decision.categoryReason(), decision.classifierVersion(),
                decision.urgentProbability(), decision.signals()));
    }
}
