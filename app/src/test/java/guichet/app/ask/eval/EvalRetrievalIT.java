package guichet.app.ask.eval;

import guichet.app.system.cli.CommandLineFactory;
import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code guichet eval retrieval} through the real command line on the small real index of the API
 * tests: figures per split and wording, by passage and by document, with intervals and times.
 */
class EvalRetrievalIT extends RunningGuichet {

    private static final String SET = """
            {"id": "wage-19", "question": "I'm 19, what's the least my employer can pay me per hour?", "expected": ["/national-minimum-wage-rates"], "wording": "situation", "split": "tune"}
            {"id": "milk", "question": "pregnant and on universal credit, can I get the cards for free milk and fruit?", "expected": ["/healthy-start"], "wording": "paraphrase", "split": "tune"}
            {"id": "apprentice", "question": "apply for an apprenticeship", "expected": ["/apply-apprenticeship"], "wording": "title", "split": "validate"}
            {"id": "school", "question": "when can my lad legally leave school, he's 15", "expected": ["/know-when-you-can-leave-school"], "wording": "spoken", "split": "validate"}
            """;

    @Autowired
    CommandLineFactory commands;

    @Test
    void reportsOneSplitAsOneJsonObject() throws Exception {
        Path set = Files.writeString(Files.createTempDirectory("retrieval-eval").resolve("set.jsonl"), SET);

        String[] run = run("eval", "retrieval", "--qa", set.toString(), "--split", "tune", "--json");

        assertThat(run[0]).as(run[1]).isEqualTo("0");
        JsonNode report = JSON.readTree(run[2]);
        assertThat(report.path("questions").asInt()).isEqualTo(2);
        assertThat(report.path("groups").findValuesAsText("split")).containsOnly("tune");
        assertThat(report.path("groups").findValuesAsText("wording")).containsExactly("all", "paraphrase", "situation");
        JsonNode documents = report.path("groups").get(0).path("hybrid").path("documents");
        assertThat(documents.path("recall@5").path("value").asDouble()).isEqualTo(1.0);
        assertThat(documents.path("mrr").has("ci95_low")).isTrue();
        assertThat(report.path("groups").get(0).path("bm25").path("passages").has("recall@20")).isTrue();
        assertThat(report.path("latency_ms").path("hybrid").path("documents").path("p95").asDouble()).isPositive();
    }

    @Test
    void printsEachSplitThenAllAsText() throws Exception {
        Path set = Files.writeString(Files.createTempDirectory("retrieval-eval").resolve("set.jsonl"), SET);

        String[] run = run("eval", "retrieval", "--qa", set.toString());

        assertThat(run[0]).as(run[1]).isEqualTo("0");
        assertThat(run[2]).contains("tune, all wordings: 2 questions", "validate, title wordings: 1 questions",
                "all, all wordings: 4 questions", "search time, ms (p50 / p95)").containsPattern("hybrid\\s+documents");
    }

    @Test
    void refusesAnUnknownSplit() throws Exception {
        Path set = Files.writeString(Files.createTempDirectory("retrieval-eval").resolve("set.jsonl"), SET);

        String[] run = run("eval", "retrieval", "--qa", set.toString(), "--split", "test");

        assertThat(run[0]).isNotEqualTo("0");
        assertThat(run[1]).contains("--split must be tune, validate or all");
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
