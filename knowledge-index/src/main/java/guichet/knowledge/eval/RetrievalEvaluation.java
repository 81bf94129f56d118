package guichet.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.knowledge.KnowledgeException;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.search.QueryRewriter;
import guichet.knowledge.search.ReciprocalRankFusion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures retrieval on a question set: a JSONL file of {@code {"question", "expected":[document ids]}},
 * optionally with {@code "id"}, {@code "wording"} (how the question is written) and {@code "split"}
 * ({@code tune} or {@code validate}). Each question is embedded once and searched in the three modes, by
 * passage and by document ({@link KnowledgeIndex#searchDocuments}). The document rankings give the
 * figures of the whole set (recall@1/5/10: a question counts as found at k when any expected document is
 * among the first k documents; MRR over the first 10; nDCG@10); both levels give recall@1/5/20 and MRR
 * with 95% bootstrap intervals per split and per wording ({@link GroupFigures}), and the searches' times.
 */
public final class RetrievalEvaluation {

    /** The splits a line may name. */
    public static final List<String> SPLITS = List.of("tune", "validate");
    private static final int FUSION_K = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RetrievalEvaluation() {
    }

    /**
     * One line of a question set.
     *
     * @param id the line's {@code id}, or {@code line-N}
     * @param wording how the question is written ({@code paraphrase}, {@code typo}...), or "" when not given
     * @param split {@code tune}, {@code validate}, or "" when the question belongs to no split
     */
    public record Question(String id, String question, Set<String> expected, String wording, String split) {

        public Question {
            expected = Set.copyOf(expected);
        }

        public Question(String question, Set<String> expected) {
            this("", question, expected, "", "");
        }
    }

    public static List<Question> readQuestions(Path jsonl) {
        List<Question> questions = new ArrayList<>();
        try {
            int line = 0;
            for (String text : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(text);
                Set<String> expected = new LinkedHashSet<>();
                node.path("expected").forEach(e -> expected.add(e.asText()));
                if (!node.path("question").isTextual() || expected.isEmpty()) {
                    throw new KnowledgeException(jsonl + " line " + line
                            + ": each line needs a \"question\" and a non-empty \"expected\" list");
                }
                String split = node.path("split").asText("");
                if (!split.isEmpty() && !SPLITS.contains(split)) {
                    throw new KnowledgeException(jsonl + " line " + line + ": split must be tune or validate, not '"
                            + split + "'");
                }
                questions.add(new Question(node.path("id").asText("line-" + line), node.path("question").asText(),
                        expected, node.path("wording").asText(""), split));
            }
        } catch (IOException e) {
            throw new KnowledgeException("cannot read the question set " + jsonl + ": " + e.getMessage(), e);
        }
        return questions;
    }

    public static EvaluationReport evaluate(KnowledgeIndex index, Path jsonl) {
        return evaluate(index, readQuestions(jsonl));
    }

    public static EvaluationReport evaluate(KnowledgeIndex index, List<Question> questions) {
        return evaluate(index, questions, QueryRewriter.NONE);
    }

    /**
     * Each question searched as asked and as {@code rewriter} rewrites it, the rankings of the wordings fused
     * by reciprocal rank (as the answer pipeline does when a rewriter is configured).
     */
    public static EvaluationReport evaluate(KnowledgeIndex index, List<Question> questions, QueryRewriter rewriter) {
        Totals bm25 = new Totals();
        Totals dense = new Totals();
        Totals hybrid = new Totals();
        List<String> misses = new ArrayList<>();
        List<QuestionOutcome> outcomes = new ArrayList<>();
        for (Question question : questions) {
            List<String> texts = new ArrayList<>(List.of(question.question()));
            texts.addAll(rewriter.alternatives(question.question()));
            long start = System.nanoTime();
            float[] vector = index.embedQuery(question.question());
            double embedding = millisSince(start);
            List<QuestionOutcome.Run> runs = new ArrayList<>();
            for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
                for (Level level : Level.values()) {
                    start = System.nanoTime();
                    List<String> ranking = ranking(index, texts, mode, level, vector);
                    runs.add(new QuestionOutcome.Run(mode, level, rank(ranking, question.expected()), millisSince(start)));
                    if (level == Level.DOCUMENTS) {
                        (switch (mode) {
                            case BM25 -> bm25;
                            case DENSE -> dense;
                            case HYBRID -> hybrid;
                        }).add(ranking, question.expected());
                        if (mode == SearchQuery.Mode.HYBRID && RetrievalMetrics.hitAt(ranking, question.expected(), 5) == 0) {
                            misses.add(question.question() + " → expected " + question.expected() + ", got "
                                    + ranking.subList(0, Math.min(5, ranking.size())));
                        }
                    }
                }
            }
            outcomes.add(new QuestionOutcome(question, embedding, runs));
        }
        return new EvaluationReport(bm25.mean(), dense.mean(), hybrid.mean(), questions.size(),
                GroupFigures.perGroup(outcomes, Bootstrap.STANDARD), Latency.of(outcomes), outcomes, misses);
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** 1-based rank of the first expected document among the first {@link RankFigures#DEPTH}, else 0. */
    static int rank(List<String> ranking, Set<String> expected) {
        for (int i = 0; i < Math.min(RankFigures.DEPTH, ranking.size()); i++) {
            if (expected.contains(ranking.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The first {@link RankFigures#DEPTH} results' document ids: one per passage at the passage level (a
     * page once per passage of it), each document once at the document level. Other wordings are searched
     * by BM25 alone and fused by reciprocal rank with the question's own ranking: a translation brings the
     * other language's words, while the embedder already matches meaning across languages (ADR 28).
     */
    static List<String> ranking(KnowledgeIndex index, List<String> texts, SearchQuery.Mode mode, Level level,
                                float[] vector) {
        List<List<Result>> rankings = new ArrayList<>();
        rankings.add(results(index, texts.getFirst(), mode, level, vector));
        if (mode != SearchQuery.Mode.DENSE) {
            for (String other : texts.subList(1, texts.size())) {
                rankings.add(results(index, other, SearchQuery.Mode.BM25, level, null));
            }
        }
        List<Result> fused = rankings.size() == 1 ? rankings.getFirst()
                : ReciprocalRankFusion.fuse(rankings, rankings.stream().map(r -> 1.0).toList(), FUSION_K).stream()
                .map(ReciprocalRankFusion.Fused::item).toList();
        return fused.stream().limit(RankFigures.DEPTH).map(Result::documentId).toList();
    }

    /** A result: a passage (its chunk id) or a document (its id twice), so that fusion merges the same ones. */
    private record Result(String key, String documentId) {
    }

    private static List<Result> results(KnowledgeIndex index, String text, SearchQuery.Mode mode, Level level,
                                        float[] vector) {
        SearchQuery query = SearchQuery.of(text, RankFigures.DEPTH, mode);
        return switch (level) {
            case PASSAGES -> index.search(query, vector).stream()
                    .map(p -> new Result(p.chunkId(), p.documentId())).toList();
            case DOCUMENTS -> index.searchDocuments(query, vector).stream()
                    .map(d -> new Result(d.documentId(), d.documentId())).toList();
        };
    }

    private static final class Totals {
        private double r1;
        private double r5;
        private double r10;
        private double mrr;
        private double ndcg;
        private int n;

        void add(List<String> ranking, Set<String> expected) {
            r1 += RetrievalMetrics.hitAt(ranking, expected, 1);
            r5 += RetrievalMetrics.hitAt(ranking, expected, 5);
            r10 += RetrievalMetrics.hitAt(ranking, expected, 10);
            mrr += RetrievalMetrics.reciprocalRank(ranking, expected, 10);
            ndcg += RetrievalMetrics.ndcgAt(ranking, expected, 10);
            n++;
        }

        ModeScores mean() {
            return n == 0 ? new ModeScores(0, 0, 0, 0, 0)
                    : new ModeScores(r1 / n, r5 / n, r10 / n, mrr / n, ndcg / n);
        }
    }
}
