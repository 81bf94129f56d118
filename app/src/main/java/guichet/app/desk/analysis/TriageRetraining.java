package guichet.app.desk.analysis;

import guichet.app.shared.privacy.Masking;
import guichet.app.desk.store.CorrectedCase;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A retrain that must earn its place: the classifier is trained again on the built-in examples and four
 * in five of the officers' labelled cases; the fifth (chosen by case id, so always the same ones) and any
 * labelled set given are held out, and both the running classifier and the candidate triage them. The
 * candidate becomes the active one only when it finds at least as many of the held-out urgent messages
 * and files at least as many in the right category; otherwise it is kept, inactive, for the record.
 * Labels set from then on record the active version (the label history says which version set what).
 */
@Component
public class TriageRetraining {

    /** One in this many officers' cases is held out. */
    static final int HELD_OUT_ONE_IN = 5;

    private final Triage triage;

    public TriageRetraining(Triage triage) {
        this.triage = triage;
    }

    /** A classifier's figures on the held-out messages. */
    public record Scores(int messages, double urgencyRecall, double urgencyPrecision, double categoryAccuracy) {

        boolean atLeastAsGoodAs(Scores other) {
            return urgencyRecall >= other.urgencyRecall && categoryAccuracy >= other.categoryAccuracy;
        }
    }

    /**
     * What a retrain did.
     *
     * @param activated whether the candidate is now the active classifier (also when it already was)
     * @param why the rule that decided
     * @param trainedCorrections officers' cases trained on
     * @param heldOut messages both classifiers were checked on (held-out cases and the labelled set)
     */
    public record Outcome(String candidate, String previous, boolean activated, String why, Scores previousScores,
                          Scores candidateScores, int examples, int trainedCorrections, int heldOut) {
    }

    /**
     * @param labelledSet further held-out messages (e.g. the validate split of a development set); may be empty
     * @param force activate the candidate whatever the held-out figures say
     */
    public synchronized Outcome retrain(List<CorrectedCase> corrections, List<LabelledMessage> labelledSet, boolean force) {
        List<CorrectedCase> training = new ArrayList<>();
        List<LabelledMessage> heldOut = new ArrayList<>(labelledSet);
        for (CorrectedCase corrected : corrections) {
            if (Math.floorMod(corrected.caseId().hashCode(), HELD_OUT_ONE_IN) == 0) {
                heldOut.add(LabelledMessage.of(corrected));
            } else {
                training.add(corrected);
            }
        }
        Triage.Trained running = triage.active();
        Triage.Trained candidate = triage.candidate(training);
        String previous = running.model().version();
        String version = candidate.model().version();
        Scores before = scores(running, heldOut);
        Scores after = scores(candidate, heldOut);
        boolean activate;
        String why;
        if (version.equals(previous)) {
            activate = false;
            why = "already the running classifier (same examples and corrections)";
        } else if (force) {
            activate = true;
            why = "activated on request (--force)";
        } else if (heldOut.isEmpty()) {
            activate = true;
            why = "no held-out message to compare on: activated";
        } else if (after.atLeastAsGoodAs(before)) {
            activate = true;
            why = "on the held-out messages it finds at least as many urgent ones and files at least as many rightly";
        } else {
            activate = false;
            why = "on the held-out messages it does worse than the running classifier: kept inactive";
        }
        if (activate) {
            triage.activate(candidate);
        } else if (!version.equals(previous)) {
            triage.keep(candidate);
        }
        return new Outcome(version, previous, activate || version.equals(previous), why, before, after,
                candidate.model().examples().size(),
                training.size(), heldOut.size());
    }

    private Scores scores(Triage.Trained classifier, List<LabelledMessage> messages) {
        int urgent = 0;
        int saidUrgent = 0;
        int found = 0;
        int filed = 0;
        for (LabelledMessage message : messages) {
            TriageDecision decision = triage.decide(classifier, Masking.mask(message.text()), message.language(),
                    message.received());
            boolean isUrgent = "urgent".equals(message.urgency());
            urgent += isUrgent ? 1 : 0;
            saidUrgent += decision.urgent() ? 1 : 0;
            found += isUrgent && decision.urgent() ? 1 : 0;
            filed += decision.category().equals(message.category()) ? 1 : 0;
        }
        int n = messages.size();
        return new Scores(n, urgent == 0 ? 1 : (double) found / urgent, saidUrgent == 0 ? 0 : (double) found / saidUrgent,
                n == 0 ? 0 : (double) filed / n);
    }
}
