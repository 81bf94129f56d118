package guichet.knowledge.bench;

import java.util.List;
import java.util.Locale;

/**
 * What {@link IndexBenchmark} measured.
 *
 * @param embeddingChunksPerSecond real chunks embedded per second (one at a time, as ingest does)
 * @param embeddingTokensPerSecond the same in estimated tokens
 * @param queryEmbedding time to embed one query
 * @param sizes one result per index size
 * @param settings the settings used, in words
 */
public record BenchmarkReport(double embeddingChunksPerSecond, double embeddingTokensPerSecond,
                              Latency queryEmbedding, List<SizeResult> sizes, String settings) {

    /** Latency percentiles in milliseconds. */
    public record Latency(double p50, double p95, double p99) {

        static Latency of(List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Latency(percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
        }

        private static double percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f ms", p50, p95, p99);
        }
    }

    /**
     * One index size.
     *
     * @param chunks chunks in the index
     * @param writeChunksPerSecond chunks written per second, vectors given (no embedding)
     * @param ingestChunksPerSecondWithEmbedding chunks per second once embedding is counted: the
     *        measured embedding rate and the measured write rate combined (1 / (1/e + 1/w)), as if every
     *        chunk had to be embedded: what a new corpus of this size costs
     * @param buildChunksPerSecondWithEmbedding chunks per second for this index as the benchmark builds
     *        it: the real chunks embedded (at the measured rate), the replicas given perturbed copies of
     *        their vectors, all written
     * @param sizeOnDiskBytes index folder size
     * @param bm25 BM25 search
     * @param dense vector search, query vector given
     * @param hybrid fused search, query vector given
     * @param denseWithEmbedding vector search including embedding the query
     * @param hybridWithEmbedding fused search including embedding the query
     * @param spelling reading the query's misspelt words against the index vocabulary (ADR 26), which
     *                 every search above includes
     * @param heapUsedBytes heap in use after a GC, index open
     * @param rssBytes resident memory of the process
     */
    public record SizeResult(int chunks, double writeChunksPerSecond, double ingestChunksPerSecondWithEmbedding,
                             double buildChunksPerSecondWithEmbedding, long sizeOnDiskBytes, Latency bm25, Latency dense, Latency hybrid,
                             Latency denseWithEmbedding, Latency hybridWithEmbedding, Latency spelling,
                             long heapUsedBytes,
                             long rssBytes, int segments, double mergeSettleSeconds) {

        /** This size as lines of text. */
        public String toText() {
            return String.format(Locale.ROOT,
                    "%,d chunks: write %.0f chunks/s without embedding, %.1f chunks/s with every chunk embedded, "
                            + "%.0f chunks/s built with the real chunks embedded and replicas' vectors copied; "
                            + "%.1f MB on disk; heap %.0f MB, "
                            + "RSS %.0f MB; %d segments (background merges settled %.1f s after the last commit)%n",
                    chunks, writeChunksPerSecond, ingestChunksPerSecondWithEmbedding,
                    buildChunksPerSecondWithEmbedding, sizeOnDiskBytes / 1e6,
                    heapUsedBytes / 1e6, rssBytes / 1e6, segments, mergeSettleSeconds)
                    + "  bm25                 " + bm25 + "\n"
                    + "  dense                " + dense + "\n"
                    + "  hybrid               " + hybrid + "\n"
                    + "  dense + query embed  " + denseWithEmbedding + "\n"
                    + "  hybrid + query embed " + hybridWithEmbedding + "\n"
                    + "  spelling (in each)   " + spelling + "\n";
        }
    }

    /** A text table for the command line. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "embedding: %.1f chunks/s (%.0f tokens/s), query embedding %s%n",
                embeddingChunksPerSecond, embeddingTokensPerSecond, queryEmbedding));
        out.append(settings).append('\n');
        for (SizeResult s : sizes) {
            out.append(s.toText());
        }
        return out.toString();
    }
}
