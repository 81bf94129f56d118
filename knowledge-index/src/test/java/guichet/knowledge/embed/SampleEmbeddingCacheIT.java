package guichet.knowledge.embed;

import guichet.inference.VectorSimilarity;
import guichet.inference.EmbeddingModel;
import guichet.inference.EmbeddingModelInfo;
import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.SampleCorpus;
import guichet.knowledge.SourceDocument;
import guichet.knowledge.TestModels;
import guichet.knowledge.chunk.Chunk;
import guichet.knowledge.chunk.Chunker;
import guichet.knowledge.ingest.ReadOutcome;
import guichet.knowledge.ingest.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedding cache shipped with the sample knowledge, against the real corpus, chunker and model:
 * it must cover every chunk as chunking cuts them today and give the vectors the model computes,
 * and a cache is never used for another embedder.
 */
class SampleEmbeddingCacheIT {

    static final String CACHE = "embeddings-multilingual-e5-small-q4.bin.gz";
    /** Corpus file → collection, as the application ingests them. */
    static final Map<String, String> CORPORA = Map.of("govuk-pages.json.gz", "govuk",
            "travail-emploi-fiches.json.gz", "travail-emploi", "service-public-emploi.json.gz", "service-public");

    private static List<SourceDocument> documents;
    private static List<Chunk> chunks;
    private static EmbeddingCacheFile.Loaded cache;

    @BeforeAll
    static void readTheSampleKnowledge() {
        documents = new ArrayList<>();
        for (Map.Entry<String, String> corpus : new TreeMap<>(CORPORA).entrySet()) {
            Readers.defaults().read(TestModels.sampleKnowledge(corpus.getKey()), null, corpus.getValue())
                    .filter(o -> o instanceof ReadOutcome.Read).map(o -> ((ReadOutcome.Read) o).document())
                    .forEach(documents::add);
        }
        KnowledgeSettings settings = KnowledgeSettings.defaults();
        Chunker chunker = new Chunker(settings.chunkTokens(), settings.chunkOverlapTokens());
        chunks = documents.stream().flatMap(d -> chunker.chunk(d).stream()).toList();
        cache = EmbeddingCacheFile.read(TestModels.sampleKnowledge(CACHE), TestModels.e5().info());
    }

    @Test
    void coversEveryChunkOfTheSampleCorpusAsChunkingCutsItToday() {
        assertThat(cache.matchesEmbedder()).isTrue();
        assertThat(chunks).hasSizeGreaterThan(10_000);
        List<String> missing = chunks.stream()
                .filter(c -> cache.find(EmbeddingKey.of(TestModels.e5().info(), c.textToEmbed())) == null)
                .map(c -> c.documentId() + " " + c.headingPath()).limit(5).toList();

        assertThat(missing).as("chunks without a cached vector: regenerate the cache (see ADR notes)").isEmpty();
    }

    @Test
    void givesWhatTheLiveModelComputesForRealChunks() {
        for (int i = 0; i < 6; i++) {
            Chunk chunk = chunks.get(i * (chunks.size() - 1) / 5);
            EmbeddingKey key = EmbeddingKey.of(TestModels.e5().info(), chunk.textToEmbed());
            float[] live = TestModels.e5().embedPassages(List.of(chunk.textToEmbed())).getFirst();
            float[] cached = cache.find(key);
            float halfStep = cache.scale(key) / 2;

            for (int d = 0; d < live.length; d++) {
                assertThat(Math.abs(cached[d] - live[d])).as(chunk.chunkId() + " component " + d)
                        .isLessThanOrEqualTo(halfStep + 1e-4f);
            }
            assertThat(VectorSimilarity.cosine(cached, live)).as(chunk.chunkId()).isGreaterThan(0.9999);
        }
    }

    @Test
    void ingestsWithoutRunningTheModelWhenEveryVectorIsCached(@TempDir Path folder) {
        Counting model = new Counting(TestModels.e5(), TestModels.e5().info());
        List<SourceDocument> some = documents.stream().filter(d -> d.collection().equals("service-public")).limit(25).toList();

        try (KnowledgeIndex index = KnowledgeIndex.open(folder, model, KnowledgeSettings.defaults())) {
            IngestReport report = index.ingestRead(some.stream().map(ReadOutcome::read), IngestListener.NONE, cache);

            assertThat(report.chunksWritten()).isPositive();
            assertThat(report.chunksFromCache()).isEqualTo(report.chunksWritten());
            assertThat(model.passages).hasValue(0);
            assertThat(report.embedding()).isZero();
        }
    }

    @Test
    void neverUsesACacheBuiltForAnotherEmbedder(@TempDir Path folder) {
        Counting other = new Counting(TestModels.e5(), new EmbeddingModelInfo("multilingual-e5-small-q4",
                "0f1e0f1e", 384, 512));
        List<SourceDocument> some = documents.stream().filter(d -> d.collection().equals("govuk"))
                .sorted(Comparator.comparingInt(SampleCorpus::length)).limit(3).toList();
        EmbeddingCacheFile.Loaded forOther = EmbeddingCacheFile.read(TestModels.sampleKnowledge(CACHE), other.info());

        try (KnowledgeIndex index = KnowledgeIndex.open(folder, other, KnowledgeSettings.defaults())) {
            IngestReport byHeader = index.ingestRead(some.stream().map(ReadOutcome::read), IngestListener.NONE,
                    forOther);
            // even handed the e5 cache itself, the other model's keys find nothing in it
            IngestReport byKey = index.ingestRead(documents.stream().filter(d -> d.collection().equals("travail-emploi"))
                            .min(Comparator.comparingInt(SampleCorpus::length)).stream().map(ReadOutcome::read),
                    IngestListener.NONE, cache);

            assertThat(forOther.matchesEmbedder()).isFalse();
            assertThat(byHeader.chunksWritten()).isPositive();
            assertThat(byHeader.chunksFromCache()).isZero();
            assertThat(byKey.chunksWritten()).isPositive();
            assertThat(byKey.chunksFromCache()).isZero();
            assertThat(other.passages).hasValue(byHeader.chunksWritten() + byKey.chunksWritten());
        }
    }

    /** The real model, counting the passages it embeds, under the identity given. */
    private record Counting(EmbeddingModel model, EmbeddingModelInfo info, AtomicInteger passages)
            implements EmbeddingModel {
        Counting(EmbeddingModel model, EmbeddingModelInfo info) {
            this(model, info, new AtomicInteger());
        }

        @Override
        public float[] embedQuery(String query) {
            return model.embedQuery(query);
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            passages.addAndGet(texts.size());
            return model.embedPassages(texts);
        }

        @Override
        public void close() {
        }
    }
}
