package guichet.app.desk.eval;

import guichet.app.desk.DeskFixtures;
import guichet.app.desk.analysis.Triage;
import org.junit.jupiter.api.Test;

/**
 * Prints the triage figures on the tuning half of the development set (never the held-out half):
 * the loop for improving the rules and examples. Not part of the suite (no Test/IT suffix).
 */
class TriageTuning {

    @Test
    void printFiguresOnTheTuningHalf() {
        Triage triage = DeskFixtures.triage(DeskFixtures.database());
        TriageReport report = new TriageEvaluation(DeskFixtures.triageSteps(triage))
                .run(TriageCase.read(DeskFixtures.triageSet(System.getProperty("set", "tune.jsonl"))),
                        triage.activeModel().categories(), outcome -> { });
        System.out.println(report.toTable(true));
        for (TriageOutcome outcome : report.outcomes()) {
            if (!outcome.urgencyRight()) {
                System.out.println(outcome.id() + ": " + outcome.urgencyReason());
            }
        }
    }
}
