package guichet.app.bench;

import guichet.app.system.cli.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.GuichetProcess;
import guichet.app.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code guichet bench index} as an operator runs it: the real embedder, the shipped sample guidance. */
class BenchIndexCommandIT {

    @TempDir
    Path home;

    @Test
    void measuresATinyIndexAndPrintsOneJsonObject() throws Exception {
        Path work = home.resolve("bench-work");

        // 40 real chunks: all embedded live to time the model (the rest of the 2,000 are replicas); a loaded
        // machine can still take minutes, hence the longer wait than GuichetProcess.run's
        GuichetProcess process = new GuichetProcess(home);
        Process running = process.start(settings("bench", "index", "--sizes", "2000", "--real-chunks", "40",
                "--questions", "6", "--repetitions", "2", "--work-dir", work.toString(), "--json"));
        if (!running.waitFor(10, TimeUnit.MINUTES)) {
            running.destroyForcibly();
            throw new IllegalStateException("bench index did not finish in 10 minutes:\n" + process.output());
        }
        GuichetProcess.Result result = new GuichetProcess.Result(running.exitValue(), process.output());

        assertThat(result.exitCode()).as(result.output()).isZero();
        List<String> jsonLines = result.output().lines().filter(line -> line.startsWith("{")).toList();
        assertThat(jsonLines).as(result.output()).hasSize(1);
        JsonNode report = new ObjectMapper().readTree(jsonLines.getFirst());
        assertThat(report.path("embeddingChunksPerSecond").asDouble()).isPositive();
        assertThat(report.path("queryEmbedding").path("p50").asDouble()).isPositive();
        assertThat(report.path("settings").asText()).contains("40 real chunks", "6 queries × 2");
        JsonNode size = report.path("sizes").get(0);
        assertThat(size.path("chunks").asInt()).isEqualTo(2000);
        assertThat(size.path("writeChunksPerSecond").asDouble()).isPositive();
        assertThat(size.path("ingestChunksPerSecondWithEmbedding").asDouble()).isPositive()
                .isLessThan(size.path("writeChunksPerSecond").asDouble());
        assertThat(size.path("buildChunksPerSecondWithEmbedding").asDouble()).as("40 of 2,000 chunks embedded")
                .isGreaterThan(size.path("ingestChunksPerSecondWithEmbedding").asDouble())
                .isLessThan(size.path("writeChunksPerSecond").asDouble());
        assertThat(size.path("sizeOnDiskBytes").asLong()).isGreaterThan(1_000_000);
        assertThat(size.path("heapUsedBytes").asLong()).isPositive();
        assertThat(size.path("rssBytes").asLong()).isGreaterThan(size.path("heapUsedBytes").asLong());
        for (String mode : new String[] {"bm25", "dense", "hybrid", "denseWithEmbedding", "hybridWithEmbedding", "spelling"}) {
            JsonNode latency = size.path(mode);
            assertThat(latency.path("p50").asDouble()).as(mode).isPositive();
            assertThat(latency.path("p99").asDouble()).as(mode).isGreaterThanOrEqualTo(latency.path("p95").asDouble())
                    .isGreaterThanOrEqualTo(latency.path("p50").asDouble());
        }
        try (var left = Files.list(work)) {
            assertThat(left).as("the benchmark's indexes are deleted").isEmpty();
        }
    }

    @Test
    void badOptionsAreOneLineErrors() throws Exception {
        record Case(String[] args, String message) {
        }
        // one case as an operator's console shows it; the others run in-process (BenchIndexOptionsIT)
        for (Case bad : List.of(new Case(new String[] {"--sizes", "ten"}, "sizes: 'ten' is not a number of chunks"))) {
            GuichetProcess.Result result = new GuichetProcess(home).run(settings(
                    concat(new String[] {"bench", "index"}, bad.args())));

            String command = String.join(" ", bad.args());
            assertThat(result.exitCode()).as(command).isEqualTo(ExitCode.SETTINGS.code());
            // (the test class path adds a commons-logging notice that the jar does not print)
            List<String> lines = result.output().lines().filter(line -> line.startsWith("guichet:")).toList();
            assertThat(lines).as(command).hasSize(1);
            assertThat(lines.getFirst()).as(command).startsWith("guichet: " + bad.message());
            assertThat(result.output()).as(command).doesNotContain("Usage:", "\tat ", "Exception");
        }
    }

    private String[] settings(String... args) throws Exception {
        return concat(args, new String[] {"--guichet.models.dir=" + TestModels.installedModelsDir(home),
                "--guichet.models.auto-pull=false"});
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
