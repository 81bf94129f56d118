package guichet.app.desk.eval;

import guichet.knowledge.eval.Bootstrap;
import guichet.app.desk.analysis.AnalysisContext;
import guichet.app.desk.analysis.CaseAnalyser;
import guichet.app.desk.analysis.TriageDecision;
import guichet.app.shared.privacy.Masking;
import guichet.app.desk.intake.QuotedReplies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the desk's triage (the same steps a case goes through: quoted replies and forwards set apart,
 * masking, language, urgency signals and dates, classifier) over a labelled set — each message with the date it was received, as a case has
 * it — and scores it per split and language.
 */
public final class TriageEvaluation {

    private final CaseAnalyser triage;
    private final String embedder;
    private final Bootstrap bootstrap;

    /**
     * @param triage the analysis steps that decide language, urgency and category
     * @param embedder the embedding model's id, for the report
     */
    public TriageEvaluation(CaseAnalyser triage, String embedder, Bootstrap bootstrap) {
        this.triage = triage;
        this.embedder = embedder;
        this.bootstrap = bootstrap;
    }

    public TriageEvaluation(CaseAnalyser triage) {
        this(triage, "", Bootstrap.STANDARD);
    }

    public TriageReport run(List<TriageCase> cases, List<String> categories, Consumer<TriageOutcome> progress) {
        List<TriageOutcome> outcomes = new ArrayList<>();
        String version = "";
        for (TriageCase labelled : cases) {
            long start = System.nanoTime();
            // As intake gives a case its text: masked, earlier messages quoted in a reply or forward set apart.
            String body = QuotedReplies.split(labelled.body()).text();
            AnalysisContext context = triage.run(new AnalysisContext(labelled.id(), Masking.mask(labelled.subject()),
                    Masking.mask(body), "", labelled.received()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            TriageDecision decision = context.decision();
            version = decision.classifierVersion();
            TriageOutcome outcome = new TriageOutcome(labelled.id(), labelled.split(),
                    labelled.language() != null ? labelled.language() : context.language(), labelled.urgency(),
                    decision.urgency(), labelled.category(), labelled.secondaryCategory(), decision.category(),
                    decision.secondaryCategory(), millis, decision.urgencyReason(), decision.categoryReason(),
                    labelled.reason());
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return TriageReport.of(outcomes, categories, version, embedder, bootstrap);
    }
}
