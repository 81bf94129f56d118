package guichet.knowledge.bench;

import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.SourceDocument;
import guichet.knowledge.TestModels;
import guichet.knowledge.chunk.Chunk;
import guichet.knowledge.chunk.Chunker;
import guichet.knowledge.embed.EmbeddingCacheFile;
import guichet.knowledge.embed.EmbeddingKey;
import guichet.knowledge.index.Analyzers;
import guichet.knowledge.index.ChunkFields;
import guichet.knowledge.index.EmbeddedChunk;
import guichet.knowledge.ingest.LanguageGuess;
import guichet.knowledge.ingest.ReadOutcome;
import guichet.knowledge.ingest.Readers;
import guichet.knowledge.search.LexicalQueries;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Development tool (not a test): BM25 latency of lexical query shapes on one replicated index,
 * interleaved so that load from other processes hits every shape alike. Arguments: index folder
 * (built if absent), size, questions file (one per line), repetitions.
 */
public final class LexicalLatencyProbe {

    public static void main(String[] args) throws Exception {
        ProbeArguments arguments = ProbeArguments.parse(args);
        Path folder = arguments.folder();
        List<String> questions = arguments.questions();
        int repetitions = arguments.repetitions();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> all = List.of("en", "fr", "std");
            LexicalQueries flat = new LexicalQueries();
            Map<String, List<long[]>> times = new TreeMap<>();
            for (int r = -1; r < repetitions; r++) {
                for (String question : questions) {
                    String language = LanguageGuess.detect(question);
                    List<String> own = language.equals(LanguageGuess.UNDETERMINED) ? all
                            : List.of(Analyzers.suffix(language));
                    List<String> noStd = List.of("en", "fr");
                    Map<String, Query> shapes = Map.of("1 nested, all languages", nested(question, all),
                            "2 flat, all languages", flat.build(question, all),
                            "3 flat, question's language", flat.build(question, own),
                            "4 flat, en+fr (no std)", flat.build(question, noStd),
                            "5 own 3 fields + others' text", ownPlusText(flat, question, own, all));
                    for (Map.Entry<String, Query> shape : shapes.entrySet()) {
                        long cpu = threads.getCurrentThreadCpuTime();
                        long wall = System.nanoTime();
                        searcher.search(shape.getValue(), 40);
                        if (r >= 0) {
                            times.computeIfAbsent(shape.getKey(), k -> new ArrayList<>()).add(new long[] {
                                    System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu});
                        }
                    }
                }
            }
            times.forEach((shape, t) -> System.out.printf("%-30s wall %s | cpu %s%n", shape, percentiles(t, 0),
                    percentiles(t, 1)));
        }
        System.exit(0);
    }

    private static String percentiles(List<long[]> times, int column) {
        long[] sorted = times.stream().mapToLong(t -> t[column]).sorted().toArray();
        return String.format("p50 %5.1f p95 %5.1f p99 %5.1f mean %5.1f", at(sorted, 50), at(sorted, 95), at(sorted, 99),
                Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    private static double at(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static Query ownPlusText(LexicalQueries flat, String text, List<String> own, List<String> all) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (BooleanClause c : ((BooleanQuery) flat.build(text, own)).clauses()) {
            query.add(c);
        }
        for (String suffix : all) {
            if (!own.contains(suffix)) {
                Query q = new QueryBuilder(Analyzers.forSuffix(suffix)).createBooleanQuery("text_" + suffix, text);
                if (q instanceof BooleanQuery b) {
                    b.clauses().forEach(query::add);
                } else if (q != null) {
                    query.add(q, BooleanClause.Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    private static Query nested(String text, List<String> suffixes) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String suffix : suffixes) {
            Analyzer analyzer = Analyzers.forSuffix(suffix);
            QueryBuilder builder = new QueryBuilder(analyzer);
            for (Object[] field : new Object[][] {{"text_", 1f}, {"title_", LexicalQueries.TITLE_BOOST},
                    {"headings_", LexicalQueries.HEADINGS_BOOST}}) {
                Query clause = builder.createBooleanQuery(field[0] + suffix, text);
                if (clause != null) {
                    query.add(new BoostQuery(clause, (Float) field[1]), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    /** Real chunks of the sample knowledge with their cached vectors, then replicas with three words changed. */
    static void build(Path folder, int size) {
        List<SourceDocument> documents = new ArrayList<>();
        for (String[] corpus : new String[][] {{"govuk-pages.json.gz", "govuk"},
                {"travail-emploi-fiches.json.gz", "travail-emploi"}, {"service-public-emploi.json.gz", "service-public"}}) {
            Readers.defaults().read(TestModels.sampleKnowledge(corpus[0]), null, corpus[1])
                    .filter(o -> o instanceof ReadOutcome.Read).forEach(o -> documents.add(((ReadOutcome.Read) o).document()));
        }
        KnowledgeSettings settings = KnowledgeSettings.defaults();
        Chunker chunker = new Chunker(settings.chunkTokens(), settings.chunkOverlapTokens());
        List<Chunk> real = documents.stream().flatMap(d -> chunker.chunk(d).stream()).toList();
        var cache = EmbeddingCacheFile.read(TestModels.sampleKnowledge("embeddings-multilingual-e5-small-q4.bin.gz"),
                TestModels.e5().info());
        List<String> vocabulary = real.stream().flatMap(c -> Arrays.stream(c.text().split("\\s+")))
                .filter(w -> w.length() > 3).distinct().limit(20_000).toList();
        Random random = new Random(size);
        try (KnowledgeIndex index = KnowledgeIndex.open(folder, TestModels.e5(), settings)) {
            List<EmbeddedChunk> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Chunk chunk = real.get(i % real.size());
                int replica = i / real.size();
                float[] vector = ChunkFields.unit(cache.find(EmbeddingKey.of(TestModels.e5().info(), chunk.textToEmbed())));
                if (replica > 0 && Boolean.getBoolean("probe.perturb")) {
                    float[] noisy = new float[vector.length];
                    for (int d = 0; d < vector.length; d++) {
                        noisy[d] = (float) (vector[d] + random.nextGaussian() * Double.parseDouble(
                                System.getProperty("probe.noise", "0.02")));
                    }
                    vector = ChunkFields.unit(noisy);
                }
                if (replica > 0) {
                    String[] words = chunk.text().split(" ");
                    for (int w = 0; w < 3; w++) {
                        words[random.nextInt(words.length)] = vocabulary.get(random.nextInt(vocabulary.size()));
                    }
                    chunk = new Chunk(chunk.chunkId() + "~" + replica, chunk.documentId() + "~" + replica,
                            chunk.ordinal(), chunk.collection(), chunk.title(), chunk.headingPath(), chunk.url(),
                            chunk.language(), chunk.documentType(), chunk.updated(), chunk.licence(),
                            String.join(" ", words), chunk.classification());
                }
                batch.add(new EmbeddedChunk(chunk, vector, "probe"));
                if (batch.size() == 10_000) {
                    index.writeEmbedded(batch);
                    batch.clear();
                }
            }
            index.writeEmbedded(batch);
        }
    }
}
