package guichet.knowledge.bench;

import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.TestModels;
import guichet.knowledge.search.Jurisdictions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Development tool (not a test): vector-search latency per question on one replicated index, with
 * and without country routing (a routed question is searched under a collection filter), to find
 * the slow ones. Arguments: index folder (built if absent), size, questions file, repetitions.
 */
public final class DenseLatencyProbe {

    public static void main(String[] args) throws Exception {
        ProbeArguments arguments = ProbeArguments.parse(args);
        Path folder = arguments.folder();
        List<String> questions = arguments.questions();
        int repetitions = arguments.repetitions();
        List<float[]> vectors = questions.stream().map(q -> TestModels.e5().embedQuery(q)).toList();
        for (boolean routing : new boolean[] {true, false}) {
            KnowledgeSettings settings = KnowledgeSettings.defaults();
            if (!routing) {
                settings = settings.withJurisdictions(Jurisdictions.none());
            }
            try (KnowledgeIndex index = KnowledgeIndex.open(folder, TestModels.e5(), settings)) {
                index.awaitMerges();
                System.out.println("routing " + routing + ", segments " + index.stats().segments());
                List<double[]> times = new ArrayList<>();
                for (int r = -1; r < repetitions; r++) {
                    for (int i = 0; i < questions.size(); i++) {
                        long start = System.nanoTime();
                        index.search(SearchQuery.of(questions.get(i), 10, SearchQuery.Mode.DENSE), vectors.get(i));
                        double ms = (System.nanoTime() - start) / 1e6;
                        if (r >= 0) {
                            times.add(new double[] {ms, i});
                        }
                    }
                }
                times.sort((a, b) -> Double.compare(b[0], a[0]));
                for (double[] t : times.subList(0, Math.min(15, times.size()))) {
                    System.out.printf("  %6.1f ms  %s%n", t[0], questions.get((int) t[1]));
                }
                double[] sorted = times.stream().mapToDouble(t -> t[0]).sorted().toArray();
                System.out.printf("  p50 %.1f p95 %.1f p99 %.1f%n", sorted[sorted.length / 2],
                        sorted[(int) (sorted.length * 0.95)], sorted[(int) (sorted.length * 0.99)]);
            }
        }
        System.exit(0);
    }
}
