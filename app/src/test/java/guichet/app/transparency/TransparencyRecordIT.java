package guichet.app.transparency;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.GuichetProcess;
import guichet.app.TestModels;
import guichet.app.ask.api.RunningGuichet;
import guichet.app.system.cli.CommandLineFactory;
import guichet.app.web.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transparency record is generated from what runs: the models and their checksums from the configuration,
 * the guidance from the index, the figures from the last evaluation run; public as a page (Chromium, with and
 * without JavaScript, axe-core) and as JSON; another configured model gives another record.
 */
class TransparencyRecordIT extends RunningGuichet {

    private static final String SET = """
            {"id": "wage-19", "question": "I'm 19, what will the minimum wage be for me from April 2025?", "expected_paths": ["/national-minimum-wage-rates"], "key_facts": ["£10.00"], "answerable": true, "kind": "en", "language": "en", "type": "amount", "split": "validate"}
            {"id": "passport", "question": "how much does it cost to renew an adult passport?", "expected_paths": [], "key_facts": [], "answerable": false, "kind": "unanswerable", "language": "en", "type": "unanswerable", "split": "validate"}
            """;

    @Autowired
    CommandLineFactory commands;

    @Test
    void theRecordShowsTheRunningModelsTheGuidanceAndTheLastEvaluation() throws Exception {
        Path set = Files.writeString(Files.createTempDirectory("transparency").resolve("unseen.jsonl"), SET);
        CommandLine eval = commands.create();
        eval.setOut(new PrintWriter(new StringWriter()));
        assertThat(eval.execute("eval", "answers", "--qa", set.toString(), "--json")).isZero();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/transparency"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode record = JSON.readTree(response.body());
        JsonNode chat = record.path("models").get(0);
        assertThat(chat.path("id").asText()).isEqualTo(TestModels.CHAT_ID);
        assertThat(chat.path("licence").asText()).isEqualTo("Apache-2.0");
        assertThat(chat.path("sha256").asText()).hasSize(64);
        assertThat(record.path("models").get(1).path("role").asText()).isEqualTo("embedding");
        assertThat(record.path("sources").findValuesAsText("collection")).containsExactly("govuk");
        assertThat(record.path("sources").get(0).path("documents").asInt()).isPositive();
        assertThat(record.path("sources").get(0).path("licence").asText()).contains("Open Government Licence");
        JsonNode answers = null;
        for (JsonNode run : record.path("evaluations")) {
            if (run.path("name").asText().equals("answers")) {
                answers = run;
            }
        }
        assertThat(answers).as(response.body()).isNotNull();
        assertThat(Instant.parse(answers.path("ran_at").asText())).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(10, ChronoUnit.MINUTES));
        assertThat(answers.path("set").asText()).isEqualTo("unseen.jsonl");
        assertThat(answers.path("figures").path("citation_hit_rate").isNumber()).isTrue();
        assertThat(answers.path("figures").has("questions")).isFalse();
        assertThat(record.path("human_decisions").toString()).contains("officer approves");
        // SmolLM2 is never qualified; whether another test class qualified it in this JVM decides none or scan
        assertThat(record.path("qualification").path("stage").asText()).isIn("none", "scan");
        assertThat(record.path("qualification").path("statement").asText()).contains(TestModels.CHAT_ID);
        assertThat(record.path("ai_disclosure").asText()).contains("AI");

        Chromium.requireInstalled();
        for (boolean javascript : new boolean[] {true, false}) {
            ChromeDriver browser = Chromium.start(javascript, home().resolve("transparency-browser-" + javascript));
            try {
                browser.get("http://localhost:" + port + "/transparency");
                assertThat(browser.getTitle()).contains("Transparency record");
                assertThat(browser.findElement(By.id("models")).getText()).contains(TestModels.CHAT_ID, chat.path("sha256").asText());
                assertThat(browser.findElement(By.id("evaluations")).getText()).contains("answers", "unseen.jsonl", "citation_hit_rate");
                assertThat(browser.findElement(By.id("qualification")).getText()).contains("qualif", TestModels.CHAT_ID);
                if (javascript) {
                    assertThat(Chromium.seriousOrCriticalViolations(browser, "transparency record")).isEmpty();
                }
                browser.get("http://localhost:" + port + "/transparency?lang=fr");
                assertThat(browser.getTitle()).contains("Fiche de transparence");
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(Chromium.diagnose(browser), e);
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void anotherConfiguredModelGivesAnotherRecord() throws Exception {
        JsonNode running = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/transparency"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        GuichetProcess.Result bigger = new GuichetProcess(Files.createTempDirectory("transparency-cli")).run("transparency",
                "record", "--json", "--guichet.models.auto-pull=false",
                "--guichet.models.chat=qwen2.5-coder-1.5b-instruct-q4_k_m",
                "--guichet.transparency.organisation=Ministère du Travail, DGEFP");
        assertThat(bigger.exitCode()).as(bigger.output()).isZero();
        JsonNode record = JSON.readTree(json(bigger.output()));
        assertThat(running.path("models").get(0).path("id").asText()).isEqualTo(TestModels.CHAT_ID);
        assertThat(record.path("models").get(0).path("id").asText()).isEqualTo("qwen2.5-coder-1.5b-instruct-q4_k_m");
        assertThat(record.path("models").get(0).path("sha256").asText()).hasSize(64)
                .isNotEqualTo(running.path("models").get(0).path("sha256").asText());
        assertThat(record.path("models").get(0).path("parameters").asLong()).isEqualTo(1_540_000_000L);
        assertThat(record.path("organisation").asText()).isEqualTo("Ministère du Travail, DGEFP");
        assertThat(running.path("organisation").asText()).startsWith("not stated");
        assertThat(record.path("sources").get(0).path("documents").asInt()).isEqualTo(-1);
    }

    /** The JSON object in a command's output (the JVM may print warnings before it). */
    private static String json(String output) {
        return output.substring(output.indexOf('{'), output.lastIndexOf('}') + 1);
    }
}
