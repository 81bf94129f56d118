package guichet.knowledge.bench;

import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.SourceDocument;
import guichet.knowledge.TestModels;
import guichet.knowledge.eval.RetrievalEvaluation;
import guichet.knowledge.ingest.ReadOutcome;
import guichet.knowledge.ingest.Readers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Development tool (not a test): runs the benchmark on the shared corpus. Arguments: work folder,
 * sizes (comma-separated), real chunks, repetitions, quantized (true/false), question files...
 */
public final class RunIndexBenchmark {

    public static void main(String[] args) {
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : List.of(TestModels.govukPages(), TestModels.travailEmploiFiches())) {
            Readers.defaults().read(file, null, "bench").filter(o -> o instanceof ReadOutcome.Read)
                    .map(o -> ((ReadOutcome.Read) o).document()).forEach(documents::add);
        }
        List<String> queries = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            RetrievalEvaluation.readQuestions(Path.of(args[i])).stream().limit(40).forEach(q -> queries.add(q.question()));
        }
        List<Integer> sizes = Arrays.stream(args[1].split(",")).map(Integer::parseInt).toList();
        BenchmarkReport report = IndexBenchmark.run(TestModels.e5(), documents, queries,
                new IndexBenchmark.Plan(sizes, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                        KnowledgeSettings.defaults().withQuantizedVectors(Boolean.parseBoolean(args[4])),
                        Path.of(args[0])));
        System.out.println(report.toText());
        System.exit(0);
    }
}
