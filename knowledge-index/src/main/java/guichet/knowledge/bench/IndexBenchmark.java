package guichet.knowledge.bench;

import guichet.inference.EmbeddingModel;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.SourceDocument;
import guichet.knowledge.chunk.Chunk;
import guichet.knowledge.chunk.Chunker;
import guichet.knowledge.chunk.Tokens;
import guichet.knowledge.embed.CachedEmbedder;
import guichet.knowledge.embed.EmbeddingCache;
import guichet.knowledge.index.ChunkFields;
import guichet.knowledge.index.EmbeddedChunk;
import guichet.knowledge.index.IndexFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds indexes of N chunks from real chunks and measures ingest, size, search latency and memory.
 * Real chunks are embedded for real (that rate is reported on its own, on a sample when their
 * vectors come from an embedding cache); beyond them, replicas are
 * made with a few words changed and vectors that are perturbed, renormalised copies of the real ones,
 * so that a million-chunk index can be built without a million embeddings. Ingest with embedding is
 * then the measured embedding rate combined with the measured write rate.
 */
public final class IndexBenchmark {

    private static final int WRITE_BATCH = 10_000;
    private static final double NOISE = 0.015;
    private static final int RATE_SAMPLE = 200;

    private IndexBenchmark() {
    }

    /**
     * @param sizes index sizes in chunks
     * @param realChunks how many real chunks to embed (the pool replicas are drawn from)
     * @param repetitions times each query is run per mode
     * @param index settings of the indexes built
     * @param workFolder where the indexes go (each size in its own folder, deleted afterwards)
     */
    public record Plan(List<Integer> sizes, int realChunks, int repetitions, KnowledgeSettings index,
                       Path workFolder) {
    }

    public static BenchmarkReport run(EmbeddingModel embedder, List<SourceDocument> documents, List<String> queries,
                                      Plan plan) {
        return run(embedder, EmbeddingCache.NONE, documents, queries, plan);
    }

    /**
     * @param cache where the vectors of real chunks may come from; the embedding rate is always
     *              measured by embedding up to {@value #RATE_SAMPLE} of them with the model
     */
    public static BenchmarkReport run(EmbeddingModel embedder, EmbeddingCache cache, List<SourceDocument> documents,
                                      List<String> queries, Plan plan) {
        return run(embedder, cache, documents, queries, plan, result -> {
        });
    }

    /** @param eachSize called with each size's result as soon as it is measured (progress of long runs) */
    public static BenchmarkReport run(EmbeddingModel embedder, EmbeddingCache cache, List<SourceDocument> documents,
                                      List<String> queries, Plan plan, Consumer<BenchmarkReport.SizeResult> eachSize) {
        Chunker chunker = new Chunker(plan.index().chunkTokens(), plan.index().chunkOverlapTokens());
        List<Chunk> real = spread(documents.stream().map(chunker::chunk).toList(), plan.realChunks());
        long start = System.nanoTime();
        int sample = Math.min(RATE_SAMPLE, real.size());
        List<float[]> vectors = new ArrayList<>(real.size());
        // embedded together, as an ingest embeds a group of chunks, so that the model batches them its way
        List<String> timed = real.subList(0, sample).stream().map(Chunk::textToEmbed).toList();
        for (float[] vector : embedder.embedPassages(timed)) {
            vectors.add(ChunkFields.unit(vector));
        }
        long tokens = timed.stream().mapToLong(Tokens::estimate).sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        double embedRate = sample / seconds;
        CachedEmbedder rest = new CachedEmbedder(embedder, cache);
        for (float[] vector : rest.embed(real.subList(sample, real.size()).stream().map(Chunk::textToEmbed).toList())) {
            vectors.add(ChunkFields.unit(vector));
        }
        List<Long> queryEmbedding = new ArrayList<>();
        for (String query : queries) {
            long t = System.nanoTime();
            embedder.embedQuery(query);
            queryEmbedding.add(System.nanoTime() - t);
        }
        List<BenchmarkReport.SizeResult> results = new ArrayList<>();
        for (int size : plan.sizes()) {
            BenchmarkReport.SizeResult result = measure(embedder, real, vectors, queries, size, embedRate, plan);
            results.add(result);
            eachSize.accept(result);
        }
        return new BenchmarkReport(embedRate, tokens / seconds, BenchmarkReport.Latency.of(queryEmbedding), results,
                "settings: quantized vectors " + plan.index().quantizeVectors() + ", HNSW M "
                        + plan.index().hnswMaxConnections() + " beam " + plan.index().hnswBeamWidth() + ", k 10, "
                        + "candidates k×" + plan.index().candidateFactor() + ", " + real.size() + " real chunks ("
                        + sample + " embedded to time the model, " + rest.hits() + " from the cache), "
                        + queries.size() + " queries × " + plan.repetitions() + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores");
    }

    private static BenchmarkReport.SizeResult measure(EmbeddingModel embedder, List<Chunk> real, List<float[]> vectors,
                                                      List<String> queries, int size, double embedRate, Plan plan) {
        Path folder = plan.workFolder().resolve("index-" + size);
        delete(folder);
        // no query vector cache: every timed search that embeds its query does embed it
        try (KnowledgeIndex index = KnowledgeIndex.open(folder, embedder, plan.index().withQueryVectorCache(0))) {
            Random random = new Random(size);
            List<String> vocabulary = vocabulary(real);
            long start = System.nanoTime();
            List<EmbeddedChunk> batch = new ArrayList<>(WRITE_BATCH);
            for (int i = 0; i < size; i++) {
                int source = i % real.size();
                int replica = i / real.size();
                batch.add(replica == 0 ? new EmbeddedChunk(real.get(source), vectors.get(source), "bench")
                        : new EmbeddedChunk(vary(real.get(source), replica, vocabulary, random),
                        perturb(vectors.get(source), random), "bench"));
                if (batch.size() == WRITE_BATCH) {
                    index.writeEmbedded(batch);
                    batch.clear();
                }
            }
            index.writeEmbedded(batch);
            double writeRate = size / ((System.nanoTime() - start) / 1e9);
            long sizeOnDisk = IndexFiles.sizeOnDisk(folder);
            // searches are timed on the settled index, not while merges compete with them for the cores
            long settleStart = System.nanoTime();
            index.awaitMerges();
            double settleSeconds = (System.nanoTime() - settleStart) / 1e9;
            int segments = index.stats().segments();
            List<float[]> queryVectors = queries.stream().map(embedder::embedQuery).toList();
            for (int i = 0; i < queries.size(); i++) {
                for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
                    index.search(SearchQuery.of(queries.get(i), 10, mode), queryVectors.get(i));
                }
            }
            BenchmarkReport.Latency bm25 = time(queries, plan.repetitions(),
                    i -> () -> index.search(SearchQuery.of(queries.get(i), 10, SearchQuery.Mode.BM25)));
            BenchmarkReport.Latency dense = time(queries, plan.repetitions(), i -> () ->
                    index.search(SearchQuery.of(queries.get(i), 10, SearchQuery.Mode.DENSE), queryVectors.get(i)));
            BenchmarkReport.Latency hybrid = time(queries, plan.repetitions(), i -> () ->
                    index.search(SearchQuery.of(queries.get(i), 10, SearchQuery.Mode.HYBRID), queryVectors.get(i)));
            BenchmarkReport.Latency denseEmbedded = time(queries, plan.repetitions(),
                    i -> () -> index.search(SearchQuery.of(queries.get(i), 10, SearchQuery.Mode.DENSE)));
            BenchmarkReport.Latency hybridEmbedded = time(queries, plan.repetitions(),
                    i -> () -> index.search(SearchQuery.of(queries.get(i), 10, SearchQuery.Mode.HYBRID)));
            BenchmarkReport.Latency spelling = time(queries, plan.repetitions(),
                    i -> () -> index.corrected(queries.get(i)));
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long heap = runtime.totalMemory() - runtime.freeMemory();
            double buildSeconds = Math.min(size, real.size()) / embedRate + size / writeRate;
            return new BenchmarkReport.SizeResult(size, writeRate, 1 / (1 / embedRate + 1 / writeRate),
                    size / buildSeconds, sizeOnDisk,
                    bm25, dense, hybrid, denseEmbedded, hybridEmbedded, spelling, heap, rss(), segments, settleSeconds);
        } finally {
            delete(folder);
        }
    }

    private interface Task {
        Supplier<?> of(int query);
    }

    private static BenchmarkReport.Latency time(List<String> queries, int repetitions, Task task) {
        List<Long> nanos = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            for (int i = 0; i < queries.size(); i++) {
                Supplier<?> run = task.of(i);
                long start = System.nanoTime();
                run.get();
                nanos.add(System.nanoTime() - start);
            }
        }
        return BenchmarkReport.Latency.of(nanos);
    }

    /** Up to {@code count} chunks taken round-robin across documents, so every document is represented. */
    private static List<Chunk> spread(List<List<Chunk>> perDocument, int count) {
        List<Chunk> result = new ArrayList<>();
        for (int round = 0; result.size() < count; round++) {
            boolean any = false;
            for (List<Chunk> chunks : perDocument) {
                if (round < chunks.size() && result.size() < count) {
                    result.add(chunks.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("the benchmark needs documents with text");
        }
        return result;
    }

    private static List<String> vocabulary(List<Chunk> chunks) {
        return chunks.stream().flatMap(c -> Stream.of(c.text().split("\\s+"))).filter(w -> w.length() > 3)
                .distinct().limit(20_000).toList();
    }

    /** A replica: a few words swapped for others from the corpus, its own ids. */
    private static Chunk vary(Chunk chunk, int replica, List<String> vocabulary, Random random) {
        String[] words = chunk.text().split(" ");
        for (int i = 0; i < 3 && words.length > 0; i++) {
            words[random.nextInt(words.length)] = vocabulary.get(random.nextInt(vocabulary.size()));
        }
        String documentId = chunk.documentId() + "~" + replica;
        return new Chunk(chunk.chunkId() + "~" + replica, documentId, chunk.ordinal(), chunk.collection(),
                chunk.title(), chunk.headingPath(), chunk.url(), chunk.language(), chunk.documentType(),
                chunk.updated(), chunk.licence(), String.join(" ", words), chunk.classification());
    }

    private static float[] perturb(float[] vector, Random random) {
        float[] result = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            result[i] = (float) (vector[i] + random.nextGaussian() * NOISE);
        }
        return ChunkFields.unit(result);
    }

    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
