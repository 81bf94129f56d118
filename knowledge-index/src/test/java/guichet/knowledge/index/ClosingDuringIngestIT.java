package guichet.knowledge.index;

import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestStoppedException;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.TestModels;
import guichet.knowledge.ingest.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Closing the index while an ingest runs (the process stopping on SIGTERM or Ctrl+C) stops the
 * ingest at the next document and keeps what it wrote, instead of dropping the uncommitted batch.
 */
class ClosingDuringIngestIT {

    @Test
    void closingMidIngestCommitsTheDocumentsWrittenSinceTheLastCommit(@TempDir Path folder) throws Exception {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.copy(TestModels.govukPages(), corpus.resolve("pages.json"));
        Path index = folder.resolve("index");
        KnowledgeIndex own = KnowledgeIndex.open(index, TestModels.e5(), KnowledgeSettings.defaults());
        AtomicReference<Thread> closing = new AtomicReference<>();
        AtomicInteger written = new AtomicInteger();
        IngestListener closeAfterTheFirstWrite = new IngestListener() {
            @Override
            public void progress(IngestProgress progress) {
                written.set(progress.documents());
                if (closing.get() == null) {
                    closing.set(Thread.ofPlatform().name("closer").start(own::close));
                    pause(); // lets the close begin before the next group of documents
                }
            }

            @Override
            public void committed(IngestProgress progress) {
                assertThat(closing.get()).as("no commit before the stop: the stop's own commit keeps the documents")
                        .isNotNull();
            }
        };

        assertThatThrownBy(() -> own.ingestFiles(Readers.defaults().files(corpus, null, "govuk"), closeAfterTheFirstWrite))
                .isInstanceOfSatisfying(IngestStoppedException.class, stopped -> {
                    assertThat(stopped.kept().added()).isPositive().isEqualTo(written.get())
                            .isLessThan(KnowledgeSettings.defaults().commitBatchDocuments());
                });
        closing.get().join();
        try (KnowledgeIndex reopened = KnowledgeIndex.open(index, TestModels.e5(), KnowledgeSettings.defaults())) {
            assertThat(reopened.stats().documents()).as("the documents written before the stop").isEqualTo(written.get());
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
