package guichet.app.desk;

import guichet.app.desk.analysis.AnalysisContext;
import guichet.app.desk.analysis.CaseAnalyser;
import guichet.app.desk.analysis.TriageDecision;
import guichet.app.desk.store.CaseAnalysisResult;
import guichet.app.desk.store.CaseStatus;
import guichet.app.desk.store.CaseStore;
import guichet.app.desk.store.DeskCase;
import guichet.app.desk.store.Label;
import guichet.app.desk.store.LabelName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Analyses a stored case and saves what the analysis found: summary, AI labels with their reasons and
 * classifier version (never replacing an officer's), references, vulnerability signs, the draft (never
 * replacing an officer's edit). A failure leaves the case waiting with a note; it is tried again.
 * Logs name cases by id only, never their text.
 */
@Component
public class CaseProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(CaseProcessor.class);

    private final CaseStore store;
    private final CaseAnalyser analyser;
    private final Clock clock;
    private final java.util.Set<String> inProgress = java.util.concurrent.ConcurrentHashMap.newKeySet();

    CaseProcessor(CaseStore store, CaseAnalyser analyser, Clock clock) {
        this.store = store;
        this.analyser = analyser;
        this.clock = clock;
    }

    /** @return whether the case was analysed (false too when this instance is already analysing it) */
    public boolean process(String caseId) {
        // Intake analyses a new case in its request while the scheduled pass looks for cases still waiting:
        // without this claim both analysed it, and its labels were recorded twice.
        if (!inProgress.add(caseId)) {
            return false;
        }
        try {
            return analyse(caseId);
        } finally {
            inProgress.remove(caseId);
        }
    }

    private boolean analyse(String caseId) {
        Optional<DeskCase> found = store.find(caseId);
        if (found.isEmpty()) {
            return false;
        }
        DeskCase deskCase = found.get();
        AnalysisContext context = new AnalysisContext(caseId, deskCase.subject(), deskCase.body(), deskCase.senderName(),
                deskCase.receivedAt());
        try {
            analyser.run(context);
        } catch (RuntimeException e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            store.recordAnalysisFailure(caseId, why);
            LOG.warn("case {} not analysed yet: {}", caseId, why);
            return false;
        }
        Instant now = clock.instant();
        TriageDecision decision = context.decision();
        List<Label> labels = List.of(
                new Label(LabelName.URGENCY, decision.urgency(), decision.urgencyReason(), Label.SetBy.AI, null,
                        decision.classifierVersion(), now),
                new Label(LabelName.CATEGORY, decision.category(), decision.categoryReason(), Label.SetBy.AI, null,
                        decision.classifierVersion(), now),
                new Label(LabelName.SECONDARY, decision.secondaryCategory() == null ? LabelName.NONE
                        : decision.secondaryCategory(), decision.secondaryCategory() == null ? "one topic"
                        : "another topic of the message", Label.SetBy.AI, null, decision.classifierVersion(), now));
        store.saveAnalysis(caseId, new CaseAnalysisResult(context.language(), context.summary(), context.summaryBy(),
                context.vulnerability(), context.references(), labels, context.draft()));
        for (String note : context.notes()) {
            store.event(caseId, "analysis_note", null, note);
        }
        LOG.info("case {} analysed: {} / {} by {} in {} ms", caseId, decision.urgency(), decision.category(),
                decision.classifierVersion(), context.timings().values().stream().mapToLong(Long::longValue).sum());
        return true;
    }

    /** Analyses cases still waiting (the models were not ready, or an analysis failed). */
    public int processWaiting(int limit) {
        int done = 0;
        for (String id : store.awaitingAnalysis(limit)) {
            // Intake may have analysed it since the list was read.
            boolean waiting = store.find(id).map(c -> c.status() == CaseStatus.RECEIVED).orElse(false);
            done += waiting && process(id) ? 1 : 0;
        }
        return done;
    }
}
