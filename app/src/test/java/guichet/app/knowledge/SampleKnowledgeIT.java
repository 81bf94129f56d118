package guichet.app.knowledge;

import guichet.app.TestModels;
import guichet.inference.EmbeddingModel;
import guichet.inference.onnx.OnnxEmbeddingModel;
import guichet.inference.onnx.OnnxEmbeddingSettings;
import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.embed.EmbeddingCache;
import guichet.knowledge.ingest.Readers;
import guichet.knowledge.ingest.SourceFile;
import guichet.models.ProgressListener;
import guichet.models.Sha256;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample guidance as the application ingests it at first start (the shipped corpora, the shipped
 * vectors, the real multilingual-e5-small), and again: re-ingesting it unchanged writes nothing.
 */
class SampleKnowledgeIT {

    private static EmbeddingModel e5;

    @TempDir
    Path folder;
    private final AtomicInteger parsed = new AtomicInteger();

    @BeforeAll
    static void loadTheEmbedder() throws IOException {
        Path model = TestModels.sharedModels().resolve("multilingual-e5-small");
        e5 = OnnxEmbeddingModel.load(OnnxEmbeddingSettings.multilingualE5(model,
                Sha256.of(model.resolve("model.onnx"), ProgressListener.NONE)));
    }

    @AfterAll
    static void closeTheEmbedder() {
        e5.close();
    }

    /**
     * Acceptance 3 of the knowledge index on the whole sample: the first ingest takes its vectors from the
     * shipped cache (25 s on 2 cores rather than 18 minutes of embedding); the second parses no file; the times are printed.
     */
    @Test
    void reIngestingTheUnchangedSampleWritesNothingEmbedsNothingAndCommitsNothing() {
        Path indexDir = folder.resolve("index");
        EmbeddingCache shipped = SampleKnowledge.embeddingCache(e5.info());
        // each ingest as `guichet ingest` runs it: open, ingest, close (which waits for the merges it started)
        long start = System.nanoTime();
        long startCpu = processCpuNanos();
        IngestReport first;
        try (KnowledgeIndex index = KnowledgeIndex.open(indexDir, e5, KnowledgeSettings.defaults())) {
            first = index.ingestFiles(counted(SampleKnowledge.files(Readers.defaults(), folder.resolve("work"))),
                    IngestListener.NONE, shipped);
        }
        long firstNanos = System.nanoTime() - start;
        long firstCpu = processCpuNanos() - startCpu;
        String commit = lastCommit(indexDir);

        assertThat(parsed).as("the three shipped corpora").hasValue(3);
        assertThat(first.skipped()).isEmpty();
        assertThat(first.added()).isGreaterThan(700);
        assertThat(first.chunksWritten()).isGreaterThan(10_000);
        assertThat(first.chunksFromCache()).as("every vector shipped").isEqualTo(first.chunksWritten());

        long againNanos = Long.MAX_VALUE;
        long againCpu = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            start = System.nanoTime();
            startCpu = processCpuNanos();
            try (KnowledgeIndex index = KnowledgeIndex.open(indexDir, e5, KnowledgeSettings.defaults())) {
                // no cache this time: a document taken for changed would have to be embedded again
                parsed.set(0);
                IngestReport again = index.ingestFiles(counted(SampleKnowledge.files(Readers.defaults(),
                        folder.resolve("work"))), IngestListener.NONE, EmbeddingCache.NONE);

                assertThat(parsed).as("unchanged files are not parsed").hasValue(0);
                // (a few documents appear twice in the corpora: the first ingest counts their repeat as unchanged)
                assertThat(again.unchanged()).isEqualTo(first.added() + first.unchanged());
                assertThat(again.added()).isZero();
                assertThat(again.replaced()).isZero();
                assertThat(again.chunksWritten()).isZero();
                assertThat(again.embedding()).isZero();
                assertThat(again.skipped()).isEmpty();
                assertThat(index.stats().documents()).isEqualTo(first.added());
            }
            againNanos = Math.min(againNanos, System.nanoTime() - start);
            againCpu = Math.min(againCpu, processCpuNanos() - startCpu);
        }

        assertThat(lastCommit(indexDir)).as("no commit since the first ingest").isEqualTo(commit);
        System.out.printf("sample ingest: first %.1f s wall, %.1f s CPU (%d chunks from the shipped vectors); again "
                        + "%.2f s wall (%.1f%%), %.2f s CPU (%.1f%%)%n", firstNanos / 1e9, firstCpu / 1e9,
                first.chunksWritten(), againNanos / 1e9, 100.0 * againNanos / firstNanos, againCpu / 1e9,
                100.0 * againCpu / firstCpu);
        // Times are printed, not asserted: what the re-ingest does is (no parse, no write, no commit).
    }

    private Stream<SourceFile> counted(Stream<SourceFile> files) {
        return files.map(file -> new SourceFile(file.source(), file.collection(), file.fingerprint(), () -> {
            parsed.incrementAndGet();
            return file.outcomes().get();
        }));
    }

    @Test
    void aSampleIngestCutShortIsTakenUpAgainAndAFinishedOneIsNot() {
        Path home = folder.resolve("home");
        try (KnowledgeIndex index = KnowledgeIndex.open(home.resolve("index"), e5, KnowledgeSettings.defaults())) {
            assertThat(SampleKnowledge.pending(index, home)).as("empty index").isTrue();
            // as if the process died after the first corpus: its documents are in, no mark was left
            index.ingestFiles(SampleKnowledge.files(Readers.defaults(), home.resolve("sample-knowledge")).limit(1),
                    IngestListener.NONE, SampleKnowledge.embeddingCache(e5.info()));
            long partial = index.stats().documents();
            assertThat(partial).isPositive();
            assertThat(SampleKnowledge.pending(index, home)).as("cut short").isTrue();

            IngestReport resumed = SampleKnowledge.ingestInto(index, home, IngestListener.NONE);

            // the corpus already in counts as unchanged: its records, a few of them repeats of one document
            assertThat(resumed.unchanged()).isGreaterThanOrEqualTo((int) partial);
            assertThat(resumed.replaced()).isZero();
            assertThat(resumed.added()).isPositive();
            assertThat(index.stats().documents()).isEqualTo(partial + resumed.added());
            assertThat(SampleKnowledge.pending(index, home)).as("finished").isFalse();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The generation and segments of the index's last commit (merges running in the background do not change it). */
    private static String lastCommit(Path folder) {
        try (FSDirectory directory = FSDirectory.open(folder)) {
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            StringBuilder description = new StringBuilder("generation " + commit.getGeneration() + ":");
            commit.forEach(segment -> description.append(' ').append(segment.info.name)
                    .append('/').append(segment.info.maxDoc()).append('/').append(segment.getDelCount()));
            return description.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
