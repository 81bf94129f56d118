package guichet.knowledge.bench;

import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.SourceDocument;
import guichet.knowledge.TestModels;
import guichet.knowledge.embed.EmbeddingCache;
import guichet.knowledge.embed.EmbeddingCacheFile;
import guichet.knowledge.eval.RetrievalEvaluation;
import guichet.knowledge.ingest.ReadOutcome;
import guichet.knowledge.ingest.Readers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Development tool (not a test): runs the benchmark on the sample corpus. Arguments: work folder,
 * sizes (comma-separated), real chunks, repetitions, quantized (true/false), question files...
 * System properties: {@code corpus} (comma-separated corpus files; default the shared GOV.UK pages
 * and travail-emploi fiches), {@code cache} (an embedding cache file for the real chunks' vectors).
 */
public final class RunIndexBenchmark {

    public static void main(String[] args) {
        List<Path> files = System.getProperty("corpus", "").isBlank()
                ? List.of(TestModels.govukPages(), TestModels.travailEmploiFiches())
                : Arrays.stream(System.getProperty("corpus").split(",")).map(Path::of).toList();
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : files) {
            Readers.defaults().read(file, null, "bench").filter(o -> o instanceof ReadOutcome.Read)
                    .map(o -> ((ReadOutcome.Read) o).document()).forEach(documents::add);
        }
        List<String> queries = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            RetrievalEvaluation.readQuestions(Path.of(args[i])).stream().limit(40).forEach(q -> queries.add(q.question()));
        }
        List<Integer> sizes = Arrays.stream(args[1].split(",")).map(Integer::parseInt).toList();
        String cacheFile = System.getProperty("cache", "");
        EmbeddingCache cache = cacheFile.isBlank() ? EmbeddingCache.NONE
                : EmbeddingCacheFile.read(Path.of(cacheFile), TestModels.e5().info());
        BenchmarkReport report = IndexBenchmark.run(TestModels.e5(), cache, documents, queries,
                new IndexBenchmark.Plan(sizes, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                        KnowledgeSettings.defaults().withQuantizedVectors(Boolean.parseBoolean(args[4])),
                        Path.of(args[0])), size -> System.out.print(size.toText()));
        System.out.println();
        System.out.println(report.toText());
        System.exit(0);
    }
}
