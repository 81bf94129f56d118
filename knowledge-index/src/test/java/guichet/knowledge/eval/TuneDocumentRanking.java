package guichet.knowledge.eval;

import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.Passage;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.TestModels;
import guichet.knowledge.search.DocumentRanking;
import guichet.knowledge.search.ReciprocalRankFusion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Development tool (not a test): compares ways of ranking documents from passages on one split of a
 * question set, from one deep passage search per mode (200 passages), so that each way is scored on the
 * same passages. Arguments: index folder, question file, split (tune). Prints recall@1/5/20 and MRR per
 * way and mode; {@code passages×share} is {@link DocumentRanking}, {@code docfuse×share} collapses the
 * BM25 and vector rankings to documents first and fuses the document rankings.
 */
public final class TuneDocumentRanking {

    private static final int DEEP = SearchQuery.MAX_K;

    public static void main(String[] args) {
        String split = args.length > 2 ? args[2] : "tune";
        List<RetrievalEvaluation.Question> questions = RetrievalEvaluation.readQuestions(Path.of(args[1])).stream()
                .filter(q -> split.equals("all") || split.equals(q.split())).toList();
        KnowledgeSettings settings = KnowledgeSettings.defaults();
        Map<String, List<Integer>> ranks = new LinkedHashMap<>();
        try (KnowledgeIndex index = KnowledgeIndex.open(Path.of(args[0]), TestModels.e5(), settings)) {
            int done = 0;
            for (RetrievalEvaluation.Question question : questions) {
                float[] vector = index.embedQuery(question.question());
                Map<SearchQuery.Mode, List<Passage>> deep = new LinkedHashMap<>();
                for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
                    deep.put(mode, index.search(SearchQuery.of(question.question(), DEEP, mode), vector));
                }
                for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
                    String m = mode.name().toLowerCase(Locale.ROOT);
                    List<Passage> passages = deep.get(mode);
                    add(ranks, m + " passages", RetrievalEvaluation.rank(passages.stream().limit(20)
                            .map(Passage::documentId).toList(), question.expected()));
                    for (int n : new int[] {1, 2, 3, 5}) {
                        for (double share : new double[] {0, 0.05, 0.1, 0.2, 0.3, 0.5}) {
                            if (n == 1 && share > 0) {
                                continue;
                            }
                            List<String> ranking = new DocumentRanking(n, share).rank(passages, Passage::documentId,
                                    Passage::score).stream().map(DocumentRanking.Ranked::document).toList();
                            add(ranks, String.format(Locale.ROOT, "%s %d×%.2f", m, n, share),
                                    RetrievalEvaluation.rank(ranking, question.expected()));
                        }
                    }
                }
                for (double share : new double[] {0, 0.1, 0.2}) {
                    DocumentRanking collapse = new DocumentRanking(3, share);
                    List<String> lexical = collapse.rank(deep.get(SearchQuery.Mode.BM25), Passage::documentId,
                            Passage::score).stream().map(DocumentRanking.Ranked::document).toList();
                    List<String> dense = collapse.rank(deep.get(SearchQuery.Mode.DENSE), Passage::documentId,
                            Passage::score).stream().map(DocumentRanking.Ranked::document).toList();
                    List<String> fused = ReciprocalRankFusion.fuse(List.of(lexical, dense),
                            List.of(settings.lexicalWeight(), settings.denseWeight()), settings.rrfK()).stream()
                            .map(ReciprocalRankFusion.Fused::item).toList();
                    add(ranks, String.format(Locale.ROOT, "hybrid docfuse×%.2f", share),
                            RetrievalEvaluation.rank(fused, question.expected()));
                }
                if (++done % 50 == 0) {
                    System.err.println(done + " questions");
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s split: %d questions%n%-24s %8s %8s %9s %6s%n", split, questions.size(), "way",
                "recall@1", "recall@5", "recall@20", "mrr");
        ranks.forEach((way, r) -> System.out.printf(Locale.ROOT, "%-24s %8.3f %8.3f %9.3f %6.3f%n", way,
                share(r, 1), share(r, 5), share(r, 20), r.stream().mapToDouble(x -> x > 0 ? 1.0 / x : 0).average().orElse(0)));
        System.exit(0);
    }

    private static void add(Map<String, List<Integer>> ranks, String way, int rank) {
        ranks.computeIfAbsent(way, w -> new ArrayList<>()).add(rank);
    }

    private static double share(List<Integer> ranks, int k) {
        return ranks.stream().filter(r -> r > 0 && r <= k).count() / (double) ranks.size();
    }

}
