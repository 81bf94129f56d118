package guichet.knowledge.index;

import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.IngestStoppedException;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.TestModels;
import guichet.knowledge.ingest.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Closing the index while an ingest runs (the process stopping on SIGTERM or Ctrl+C) stops the
 * ingest at the next document and keeps what it wrote, instead of dropping the uncommitted batch.
 */
class ClosingDuringIngestIT {

    @Test
    void closingMidIngestCommitsTheDocumentsWrittenAndTheNextIngestAddsTheRest(@TempDir Path folder) throws Exception {
        Path index = folder.resolve("index");
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        for (String id : List.of("F87", "F1054", "F2262")) {
            Files.copy(TestModels.resource("corpus/service-public/" + id + ".json"), corpus.resolve(id + ".json"));
        }
        KnowledgeIndex own = KnowledgeIndex.open(index, TestModels.e5(), KnowledgeSettings.defaults());
        AtomicReference<Thread> closing = new AtomicReference<>();
        IngestListener closeAfterTheFirstDocument = progress -> {
            if (closing.get() == null) {
                closing.set(Thread.ofPlatform().name("closer").start(own::close));
                pause(); // lets the close begin before the next document
            }
        };

        assertThatThrownBy(() -> own.ingestFiles(Readers.defaults().files(corpus, null, "sp"), closeAfterTheFirstDocument))
                .isInstanceOfSatisfying(IngestStoppedException.class,
                        stopped -> assertThat(stopped.kept().added()).isEqualTo(1));
        closing.get().join();
        try (KnowledgeIndex reopened = KnowledgeIndex.open(index, TestModels.e5(), KnowledgeSettings.defaults())) {
            assertThat(reopened.stats().documents()).as("the document written before the stop").isEqualTo(1);

            IngestReport again = reopened.ingestFiles(Readers.defaults().files(corpus, null, "sp"), IngestListener.NONE);

            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.added()).isEqualTo(2);
            assertThat(reopened.stats().documents()).isEqualTo(3);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
