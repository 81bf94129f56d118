package guichet.app.desk.analysis;

import guichet.app.desk.CaseDesk;
import guichet.app.desk.RunningDesk;
import guichet.app.desk.eval.TriageCase;
import guichet.app.desk.eval.TriageEvaluation;
import guichet.app.desk.eval.TriageReport;
import guichet.app.desk.intake.Intake;
import guichet.app.desk.intake.IntakeResult;
import guichet.app.desk.intake.ParsedMail;
import guichet.app.desk.store.CaseStore;
import guichet.app.desk.store.NewCase;
import guichet.app.desk.store.TriageModelStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers' corrections teach the classifier: the development set's held-out half stands for past
 * cases that officers labelled; {@code triage train} retrains on them and the figures on the test
 * split (never trained on) are measured before and after. Every label then records the new version.
 */
class TriageLearningIT extends RunningDesk {

    @Autowired
    Triage triage;

    @Autowired
    TriageModelStore models;

    @Autowired
    CaseStore store;

    @Autowired
    CaseDesk desk;

    @Autowired
    Intake intake;

    @Autowired
    DetectLanguage detectLanguage;

    @Autowired
    AssessTriage assessTriage;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void retrainingOnOfficersCorrectionsIsMeasuredAndVersioned() {
        List<TriageCase> test = TriageCase.read(set("test.jsonl"));
        TriageEvaluation evaluation = new TriageEvaluation(new CaseAnalyser(List.of(detectLanguage, assessTriage)));
        TriageReport before = evaluation.run(test, taxonomy.ids(), outcome -> { });
        String versionBefore = triage.version();

        try {
            learnFromOfficers(test, evaluation, before, versionBefore);
        } finally {
            // The other desk tests share this app: give them back the built-in classifier.
            models.activate(versionBefore, "", 0, 0, "");
        }
    }

    private void learnFromOfficers(List<TriageCase> test, TriageEvaluation evaluation, TriageReport before,
                                   String versionBefore) {
        int number = 0;
        java.util.Set<String> reviewed = new java.util.HashSet<>();
        for (TriageCase past : TriageCase.read(set("heldout.jsonl"))) {
            String id = store.insert(new NewCase("past-" + past.id() + "@example.org", "sha-" + past.id(), "file",
                    "citizen" + number++ + "@example.org", "", past.subject(), past.body(), "", List.of(), List.of(),
                    Instant.parse("2025-03-01T09:00:00Z"))).orElseThrow().id();
            desk.relabel(id, "urgency", past.urgency(), "reviewed", "olivia");
            desk.relabel(id, "category", past.category(), "reviewed", "olivia");
            reviewed.add(id);
        }
        // Only these cases: officers' labels that other tests of this shared app made are not part of the experiment.
        TriageModel retrained = triage.train(store.correctedCases().stream()
                .filter(corrected -> reviewed.contains(corrected.caseId())).toList());
        TriageReport after = evaluation.run(test, taxonomy.ids(), outcome -> { });

        System.out.printf(Locale.ROOT, "triage on the test split (%d messages)%n"
                        + "before (%s, %d examples): urgency recall %.3f precision %.3f, category accuracy %.3f%n"
                        + "after  (%s, %d examples, %d corrections): urgency recall %.3f precision %.3f, category accuracy %.3f%n",
                test.size(), versionBefore, triage.builtInExamples().size(), before.urgencyRecall(),
                before.urgencyPrecision(), before.categoryAccuracy(), retrained.version(), retrained.examples().size(),
                retrained.corrections(), after.urgencyRecall(), after.urgencyPrecision(), after.categoryAccuracy());
        assertThat(retrained.version()).isNotEqualTo(versionBefore);
        assertThat(retrained.corrections()).isEqualTo(45);
        assertThat(after.classifierVersion()).isEqualTo(retrained.version());
        assertThat(after.categoryAccuracy()).isGreaterThanOrEqualTo(before.categoryAccuracy());
        assertThat(after.urgencyRecall()).isGreaterThanOrEqualTo(before.urgencyRecall());
        assertThat(after.categoryAccuracy() + after.urgencyPrecision() + after.urgencyRecall())
                .as("retraining does not make the figures worse").isGreaterThanOrEqualTo(
                        before.categoryAccuracy() + before.urgencyPrecision() + before.urgencyRecall());

        IntakeResult fresh = intake.accept(new ParsedMail("after-training@example.org", "x.lee@example.org", "Xu Lee",
                "Moving house", null, "I am moving to a new address on 1 May. Do I need to tell you anything else?", "",
                List.of(), List.of()), "api", "test", null);
        assertThat(desk.view(fresh.caseId()).orElseThrow().urgency().classifierVersion()).isEqualTo(retrained.version());
        assertThat(desk.view(fresh.caseId()).orElseThrow().category().classifierVersion()).isEqualTo(retrained.version());
    }

    private static Path set(String name) {
        return Path.of("src/test/resources/eval/triage").resolve(name).toAbsolutePath();
    }
}
