package guichet.app.desk.intake;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.desk.CaseDesk;
import guichet.app.desk.RunningDesk;
import guichet.app.desk.analysis.Triage;
import guichet.app.desk.store.CaseStore;
import guichet.app.desk.store.NewCase;
import guichet.app.desk.store.TriageModelStore;
import guichet.app.system.cli.CommandLineFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code guichet mail import}, {@code guichet triage train} and {@code guichet eval triage} through the
 * real command line (picocli with Guichet's error handling) in the running desk: an mbox and an .eml
 * become cases (a duplicate and a damaged message reported, the rest going on); retraining activates
 * a new version ({@code --force}); a bad set is one line and the usage exit code, never a stack trace.
 */
class MailCommandIT extends RunningDesk {

    private static final String MAIL = """
            From: Ana Lima <ana.lima@example.org>
            To: desk@guichet.test
            Subject: Change of address
            Message-ID: <%s@example.org>
            Date: Mon, 10 Mar 2025 09:14:00 +0000
            Content-Type: text/plain; charset=utf-8

            I moved to 5 Mill Lane, Bristol BS1 4AA on 1 March. Please update my records.
            """;

    @Autowired
    CommandLineFactory commands;

    @Autowired
    TriageModelStore models;

    @Autowired
    CaseStore cases;

    @Autowired
    CaseDesk desk;

    @Autowired
    Triage triage;

    /** What one command printed, and its exit code. */
    record Run(int exitCode, String out, String err) {
    }

    @Test
    void importsMailFiles() throws Exception {
        Path inbox = Files.createDirectories(home().resolve("inbox"));
        Files.writeString(inbox.resolve("one.eml"), MAIL.formatted("cli-first"));
        Files.writeString(inbox.resolve("export.mbox"), "From ana.lima@example.org Mon Mar 10 09:14:00 2025\n"
                + MAIL.formatted("cli-second").replace("Change of address", "New address") + "\n"
                + "From ana.lima@example.org Mon Mar 10 09:15:00 2025\n" + MAIL.formatted("cli-first") + "\n"
                + "From nobody Mon Mar 10 09:16:00 2025\nthis line is not a header\n\njust text\n");

        Run imported = run("mail", "import", inbox.toString(), "--json");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode report = JSON.readTree(imported.out());
        assertThat(report.path("created").asInt()).isEqualTo(2);
        assertThat(report.path("duplicates").asInt()).isEqualTo(1);
        assertThat(report.path("rejected").asInt()).isEqualTo(1);
        assertThat(imported.out()).contains("not an email message");
        assertThat(report.path("messages").get(0).path("origin").asText()).endsWith("export.mbox#1");
    }

    @Test
    void retrainsAndActivatesANewVersion() {
        String before = models.activeVersion().orElseThrow();
        try {
            // An officer's label of its own, so that there is always something new to train on. Which corrections
            // the other desk tests of this shared app left, and so which are held out, varies from run to run, and
            // with it whether a plain retrain earns its place (TriageRetrainingTest checks that gate): --force
            // activates whatever the held-out figures say.
            String id = cases.insert(new NewCase("retrain-cli@example.org", "sha-retrain-cli", "file",
                    "ana.lima@example.org", "", "Change of address", "I moved to 5 Mill Lane, Bristol BS1 4AA on "
                    + "1 March and my rent went up to 640 pounds a month. Please update my housing costs.", "",
                    List.of(), List.of(), Instant.parse("2025-03-10T09:14:00Z"))).orElseThrow().id();
            desk.relabel(id, "urgency", "general", "reviewed", "olivia");
            desk.relabel(id, "category", "change_of_circumstances", "reviewed", "olivia");

            Run trained = run("triage", "train", "--force");

            assertThat(trained.exitCode()).as(trained.err()).isZero();
            assertThat(trained.out()).containsPattern("classifier triage-[0-9a-f]{12} is active \\(running: " + before
                    + "\\): \\d+ examples, \\d+ of them officers' corrections; activated on request");
            assertThat(trained.out()).contains("held out");
            assertThat(models.activeVersion()).isPresent().get().isNotEqualTo(before);
        } finally {
            // The other desk tests share this app: give them back the classifier they had, loaded now rather
            // than in the middle of their first analysis.
            models.activate(before, "", 0, 0, "");
            triage.active();
        }
    }

    @Test
    void aBadSetIsOneLineAndAUsageError() throws Exception {
        Path bad = Files.writeString(home().resolve("bad.jsonl"), "{\"subject\": \"a\", \"body\": \"b\", "
                + "\"urgency\": \"urgent\", \"category\": \"payment_problem\"}\nnot json\n");
        Path unknown = Files.writeString(home().resolve("unknown.jsonl"), "{\"subject\": \"a\", \"body\": \"b\", "
                + "\"urgency\": \"urgent\", \"category\": \"parking_fine\"}\n");

        for (Run refused : new Run[] {run("eval", "triage", "--set", bad.toString()),
                run("eval", "triage", "--set", unknown.toString()),
                run("eval", "triage", "--set", home().resolve("missing.jsonl").toString())}) {
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err().lines().findFirst().orElseThrow())
                    .containsAnyOf("bad.jsonl:2: not a JSON object", "parking_fine", "no such file");
            assertThat(refused.err()).doesNotContain("\tat ", "Exception");
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = commands.create();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
