package guichet.app.desk.eval;

import guichet.app.desk.DeskFixtures;
import guichet.app.desk.analysis.Triage;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Prints the triage figures on the tune split of the development set (never validate): the loop for
 * improving the rules and examples without starting the whole application. Not part of the suite (no
 * Test/IT suffix): {@code -Dtest=TriageTuning -Dsurefire.failIfNoSpecifiedTests=false}, optionally
 * {@code -Dset=FILE -Dsplit=tune}. The report is also written as JSON to {@code target/triage-tuning.json}.
 */
class TriageTuning {

    @Test
    void printFiguresOnTheTuneSplit() {
        Triage triage = DeskFixtures.triage(DeskFixtures.database());
        String split = System.getProperty("split", "tune");
        List<TriageCase> cases = TriageCase.read(DeskFixtures.triageSet(System.getProperty("set", "dev.jsonl"))).stream()
                .filter(c -> split.isEmpty() || c.split().equals(split)).toList();
        TriageReport report = new TriageEvaluation(DeskFixtures.triageSteps(triage))
                .run(cases, triage.activeModel().categories(), outcome -> { });
        System.out.println(report.toTable(true));
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/triage-tuning.json"),
                    new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
