package guichet.app.system.qualification;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.GuichetProcess;
import guichet.app.TestModels;
import guichet.app.ask.api.RunningGuichet;
import guichet.app.system.cli.CommandLineFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code models qualify} runs the three evaluations on SmolLM2 and writes a signed report; {@code serve} refuses a
 * chat model without a passing one in one line, before it listens, and names what to do.
 */
class ModelQualificationIT extends RunningGuichet {

    @Autowired
    CommandLineFactory commands;

    @Test
    void qualifyingSmolLm2WritesASignedReportThatServeHoldsItTo() throws Exception {
        CommandLine qualify = commands.create();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        qualify.setOut(new PrintWriter(out));
        qualify.setErr(new PrintWriter(err));

        int exit = qualify.execute("models", "qualify", TestModels.CHAT_ID, "--limit", "2", "--json");

        assertThat(exit).as(err.toString()).isEqualTo(1);
        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.path("model").path("id").asText()).isEqualTo(TestModels.CHAT_ID);
        assertThat(report.path("model").path("sha256").asText()).hasSize(64);
        assertThat(report.path("embedding_model").asText()).isEqualTo(TestModels.EMBEDDING_ID);
        assertThat(report.path("split").asText()).isEqualTo("validate");
        assertThat(report.path("sets").findValuesAsText("name")).containsExactly("bundled:answers/en.jsonl",
                "bundled:answers/fr.jsonl", "bundled:safety/dev.jsonl", "bundled:triage/dev.jsonl");
        assertThat(report.path("sets").findValues("cases")).allSatisfy(cases -> assertThat(cases.asInt()).isGreaterThan(50));
        List<String> criteria = new ArrayList<>();
        report.path("criteria").forEach(c -> criteria.add(c.path("name").asText()));
        assertThat(criteria).contains("answers.citation_hit_rate", "safety.harmful_outputs", "triage.urgency_recall");
        // two cases each are under the 30 the bar asks for, whatever they scored
        assertThat(report.path("criteria").get(0).path("value").asInt()).isEqualTo(2);
        assertThat(report.path("criteria").get(0).path("passed").asBoolean()).isFalse();
        assertThat(report.path("passed").asBoolean()).isFalse();
        assertThat(report.path("stage").asText()).isEqualTo("scan");
        assertThat(report.path("figures").path("safety").path("messages").asInt()).isEqualTo(2);
        assertThat(report.path("figures").path("triage").path("messages").asInt()).isEqualTo(2);
        Path reports = home().resolve("qualification");
        assertThat(reports.resolve(TestModels.CHAT_ID + ".json")).exists();
        assertThat(reports.resolve(TestModels.CHAT_ID + ".json.sig")).exists();
        assertThat(report.path("signer").asText()).hasSize(64);

        CommandLine other = commands.create();
        StringWriter otherErr = new StringWriter();
        other.setErr(new PrintWriter(otherErr));
        assertThat(other.execute("models", "qualify", "qwen2.5-coder-1.5b-instruct-q4_k_m")).isEqualTo(2);
        assertThat(otherErr.toString()).contains("configured for chat model " + TestModels.CHAT_ID);
        CommandLine unknown = commands.create();
        StringWriter unknownErr = new StringWriter();
        unknown.setErr(new PrintWriter(unknownErr));
        assertThat(unknown.execute("models", "qualify", TestModels.CHAT_ID, "--set", "speed=" + reports)).isEqualTo(2);
        assertThat(unknownErr.toString()).contains("--set names an evaluation of [answers, safety, triage], not speed");

        // serve on a fresh home that holds the failing report above, with this site's key (no report at all: the
        // same line with another reason, QualificationReportsTest)
        Path fresh = Files.createTempDirectory("guichet-unqualified");
        Path copied = Files.createDirectories(fresh.resolve("qualification"));
        try (var files = Files.list(reports)) {
            for (Path file : files.toList()) {
                Files.copy(file, copied.resolve(file.getFileName()));
            }
        }
        GuichetProcess.Result refused = new GuichetProcess(fresh).run("serve", "--server.port=0",
                "--guichet.models.dir=" + TestModels.installedModelsDir(fresh), "--guichet.models.auto-pull=false",
                "--guichet.models.allow-unqualified=false");
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(9);
        assertThat(errorLines(refused.output())).as(refused.output()).singleElement().asString()
                .startsWith("guichet: cannot start: chat model " + TestModels.CHAT_ID + " did not pass qualification on "
                        + report.path("qualified_at").asText() + " (")
                .contains("answers.cases 2 < 30", "safety.cases 2 < 30", "triage.cases 2 < 30")
                .endsWith("), or set guichet.models.allow-unqualified=true for a trial");
        assertThat(refused.output()).doesNotContain("Exception", "\tat ", "Tomcat started");
    }

    /** The lines that are Guichet's own (the JVM may warn about native access first). */
    private static List<String> errorLines(String output) {
        return output.lines().filter(line -> line.startsWith("guichet:")).toList();
    }
}
