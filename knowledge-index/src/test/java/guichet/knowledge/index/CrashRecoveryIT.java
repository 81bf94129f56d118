package guichet.knowledge.index;

import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.TestModels;
import guichet.knowledge.ingest.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real ingesting process with SIGKILL (kill -9) after its second commit, then opens the
 * index: it must open, hold exactly what was committed, and take the ingest again.
 */
class CrashRecoveryIT {

    @Test
    void anIndexKilledMidIngestOpensWithItsLastCommitAndTakesTheIngestAgain(@TempDir Path folder) throws Exception {
        Path index = folder.resolve("index");
        Path corpus = folder.resolve("corpus");
        Files.createDirectories(corpus);
        for (String id : List.of("F87", "F1054", "F2262")) {
            Files.copy(TestModels.resource("corpus/service-public/" + id + ".json"), corpus.resolve(id + ".json"));
        }
        Process child = new ProcessBuilder(command(index, corpus)).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        int committed = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (line.startsWith("committed ")) {
                    committed++;
                    if (committed == 1) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).as("child output: %s", output).isEqualTo(1);
        assertThat(output).doesNotContain("done");
        assertThat(child.exitValue()).isEqualTo(137);

        try (KnowledgeIndex reopened = KnowledgeIndex.open(index, TestModels.e5(), KnowledgeSettings.defaults())) {
            assertThat(reopened.stats().documents()).isEqualTo(1);
            assertThat(reopened.search(SearchQuery.of("certificat", 1, SearchQuery.Mode.BM25))).isNotNull();

            IngestReport again = reopened.ingestFiles(Readers.defaults().files(corpus, null, "crash"), IngestListener.NONE);

            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.added()).isEqualTo(2);
            assertThat(reopened.stats().documents()).isEqualTo(3);
        }
    }

    private static List<String> command(Path index, Path corpus) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
                "-Dguichet.test.shared-dir=" + System.getProperty("guichet.test.shared-dir"),
                "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), index.toString(),
                corpus.toString()));
        return command;
    }
}
