package guichet.app.ask.eval;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.ask.settings.AskProperties;
import guichet.app.ask.api.RunningGuichet;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.system.cli.CommandLineFactory;
import guichet.inference.TokenSink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code guichet eval answers} through the real command line, the real models and the small real
 * index of the API tests: figures per split, a refusal curve on tune, and figures at the configured
 * threshold that are what the assistant, gate closed, really answers.
 */
class AnswerEvaluationIT extends RunningGuichet {

    private static final String SET = """
            {"id": "wage-19", "question": "I'm 19, what will the minimum wage be for me from April 2025?", "expected_paths": ["/national-minimum-wage-rates"], "key_facts": ["£10.00"], "answerable": true, "kind": "en", "language": "en", "type": "amount", "split": "tune"}
            {"id": "passport", "question": "how much does it cost to renew an adult passport and how long does it take at the moment?", "expected_paths": [], "key_facts": [], "answerable": false, "kind": "unanswerable", "language": "en", "type": "unanswerable", "split": "tune"}
            {"id": "healthy-start", "question": "I'm pregnant and on universal credit, can I get the cards for free milk and fruit?", "expected_paths": ["/healthy-start"], "key_facts": [], "answerable": true, "kind": "en", "split": "validate"}
            {"id": "carte-grise", "question": "combien coûte une carte grise pour une voiture d'occasion de 8 chevaux ?", "expected_paths": [], "key_facts": [], "answerable": false, "kind": "unanswerable", "language": "fr", "type": "unanswerable", "split": "validate"}
            """;

    @Autowired
    CommandLineFactory commands;

    @Autowired
    AnswerPipeline pipeline;

    @Autowired
    AskProperties properties;

    @Test
    void reportsEachSplitAndARefusalCurveThatMatchTheAssistantAtTheConfiguredThreshold() throws Exception {
        Path set = Files.writeString(Files.createTempDirectory("answer-eval").resolve("set.jsonl"), SET);

        String[] run = run("eval", "answers", "--qa", set.toString(), "--json");

        assertThat(run[0]).as(run[1]).isEqualTo("0");
        JsonNode report = JSON.readTree(run[2]);
        assertThat(report.path("splits").findValuesAsText("split")).containsExactly("tune", "validate", "all");
        assertThat(report.path("splits").get(0).path("questions").asInt()).isEqualTo(2);
        assertThat(report.path("splits").get(0).path("strict_correctness").has("ci95_low")).isTrue();
        assertThat(report.path("min_relevance").asDouble()).isEqualTo(properties.minRelevance());
        assertThat(report.path("gate").asText()).contains("simulated");
        JsonNode curve = report.path("refusal_curve");
        assertThat(curve).hasSize(31);
        assertThat(curve.get(0).path("answerable").asInt() + curve.get(0).path("not_answerable").asInt()).isEqualTo(2);
        List<AnswerCase> cases = AnswerCase.read(set);
        for (int i = 0; i < cases.size(); i++) {
            JsonNode question = report.path("questions").get(i);
            assertThat(question.path("id").asText()).isEqualTo(cases.get(i).id());
            // What the assistant says with the gate at the configured threshold, asked for real.
            var real = pipeline.run(new AnswerContext("it", cases.get(i).question(), cases.get(i).language(), List.of(),
                    TokenSink.NONE));
            assertThat(question.path("status").asText()).as(question.toString()).isEqualTo(real.status().wireName());
            if (real.relevance().isPresent()) {
                assertThat(question.path("relevance").asDouble()).isCloseTo(real.relevance().getAsDouble(), within(1e-6));
            }
        }
        assertThat(report.path("questions").get(0).path("relevance").isNumber()).isTrue();
    }

    @Test
    void printsTheSplitsAndTheCurveAsText() throws Exception {
        Path set = Files.writeString(Files.createTempDirectory("answer-eval").resolve("set.jsonl"), SET);

        String[] run = run("eval", "answers", "--qa", set.toString());

        assertThat(run[0]).as(run[1]).isEqualTo("0");
        assertThat(run[2]).containsPattern("\\s+tune\\s+validate\\s+all\\n")
                .contains("strict correctness by type", "refusal curve of the relevance gate on the tune split")
                .containsPattern(String.format(java.util.Locale.ROOT, "%.3f", properties.minRelevance()).replace(".", "\\.")
                        + " \\*");
    }

    /** Exit code, error output and output of one command. */
    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = commands.create();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new String[] {String.valueOf(exitCode), err.toString(), out.toString()};
    }
}
