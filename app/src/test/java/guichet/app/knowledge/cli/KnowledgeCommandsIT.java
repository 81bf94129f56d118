package guichet.app.knowledge.cli;

import guichet.app.system.cli.ExitCode;
import guichet.app.GuichetProcess;
import guichet.app.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code guichet ingest} and {@code guichet search} as an operator runs them, on a ministry's own Markdown
 * guidance, with the real embedder: a summary that says what went in and what was left unchanged,
 * ranked passages with their section URLs, and one-line errors with a usage exit code.
 */
class KnowledgeCommandsIT {

    private static final Pattern CHUNKS_IN = Pattern.compile("[1-9][0-9]* chunks");

    @TempDir
    Path home;

    @Test
    void ingestsAFolderOnceThenFindsItsSections() throws Exception {
        Path guidance = copyGuidance();

        GuichetProcess.Result first = run("ingest", guidance.toString(), "--collection", "ministry",
                "--base-url", "https://guidance.example.gov/employment/");
        GuichetProcess.Result again = run("ingest", guidance.toString(), "--collection", "ministry",
                "--base-url", "https://guidance.example.gov/employment/");
        GuichetProcess.Result found = run("search", "can I get my bus ticket to an interveiw paid", "--k", "3",
                "--collection", "ministry");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Ingested 2 documents (2 new, 0 replaced), 0 unchanged, 0 skipped");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("Ingested 0 documents (0 new, 0 replaced), 2 unchanged, 0 skipped; 0 chunks");
        assertThat(found.exitCode()).as(found.output()).isZero();
        assertThat(found.output()).contains("Searched for: can I get my bus ticket to an interview paid");
        List<String> ranked = found.output().lines().filter(line -> line.matches("\\s*1\\. .*")).toList();
        assertThat(ranked).as(found.output()).singleElement()
                .satisfies(line -> assertThat(line).contains("Help with travel costs to job interviews"));
        assertThat(found.output()).contains(
                "https://guidance.example.gov/employment/travel-costs-to-interviews.md#what-you-can-get");
    }

    @Test
    void anIngestStoppedBySigtermSaysSoAndLeavesASearchableIndex() throws Exception {
        Path fiches = home.resolve("travail-emploi-fiches.json.gz");
        try (var in = KnowledgeCommandsIT.class.getResourceAsStream("/sample-knowledge/travail-emploi-fiches.json.gz")) {
            Files.copy(in, fiches);
        }
        GuichetProcess ingest = new GuichetProcess(home);
        Process process = ingest.start(withModels("ingest", fiches.toString()));
        // Stopped in the middle of embedding, which is where ONNX Runtime's own shutdown hook used to crash it.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> !process.isAlive() || CHUNKS_IN.matcher(ingest.output()).find());
        process.destroy();

        assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("the JVM exits after SIGTERM").isTrue();
        assertThat(process.exitValue()).as(ingest.output()).isEqualTo(143);
        assertThat(ingest.output()).contains("guichet: stopped").doesNotContain("\tat ", "fatal error");
        GuichetProcess.Result found = run("search", "indemnisation chômage durée", "--k", "1");
        assertThat(found.exitCode()).as(found.output()).isZero();
        assertThat(found.output()).containsPattern("(?m)^\\s*1\\. ");
    }

    @Test
    void badInputIsAOneLineUsageError() throws Exception {
        Path guidance = copyGuidance();
        record Case(String[] args, String message) {
        }
        // one case of each command as an operator's console shows it; the others run in-process (KnowledgeOptionsIT)
        for (Case bad : List.of(
                new Case(new String[] {"ingest", guidance.toString(), "--format", "docx"}, "docx"),
                new Case(new String[] {"search", "interview travel", "--mode", "fuzzy"}, "--mode must be bm25, dense or hybrid"))) {
            GuichetProcess.Result result = run(bad.args());

            String command = String.join(" ", bad.args());
            assertThat(result.exitCode()).as(command + "\n" + result.output()).isEqualTo(ExitCode.USAGE.code());
            assertThat(result.output()).as(command).contains(bad.message())
                    .doesNotContain("\tat ", "Exception");
        }
    }

    private Path copyGuidance() throws Exception {
        Path folder = Files.createDirectories(home.resolve("guidance"));
        for (String name : List.of("returning-to-work.md", "travel-costs-to-interviews.md")) {
            try (var in = KnowledgeCommandsIT.class.getResourceAsStream("/cli-guidance/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder;
    }

    private GuichetProcess.Result run(String... args) throws Exception {
        return new GuichetProcess(home).run(withModels(args));
    }

    private String[] withModels(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--guichet.models.dir=" + TestModels.installedModelsDir(home);
        all[args.length + 1] = "--guichet.models.auto-pull=false";
        all[args.length + 2] = "--guichet.knowledge.sample-on-first-start=false";
        return all;
    }
}
