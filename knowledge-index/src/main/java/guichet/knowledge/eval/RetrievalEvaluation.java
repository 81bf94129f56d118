package guichet.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.knowledge.KnowledgeException;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.Passage;
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
 * Measures retrieval on a question set: a JSONL file of {@code {"question", "expected":[document ids]}}.
 * Each question is embedded once and searched in the three modes; passages are reduced to distinct
 * documents in rank order, and recall@1/5/10 (a question counts as found at k when any expected
 * document is among the first k documents), MRR (over the first 10) and nDCG@10 are averaged.
 */
public final class RetrievalEvaluation {

    /** Passages fetched per search: enough to fill ten distinct documents. */
    static final int PASSAGES = 60;
    private static final int FUSION_K = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RetrievalEvaluation() {
    }

    /** One line of a question set. */
    public record Question(String question, Set<String> expected) {
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
                questions.add(new Question(node.path("question").asText(), expected));
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
     * Each question searched as asked and as {@code rewriter} rewrites it, the document rankings of the
     * wordings fused by reciprocal rank (as the answer pipeline does when a rewriter is configured).
     */
    public static EvaluationReport evaluate(KnowledgeIndex index, List<Question> questions, QueryRewriter rewriter) {
        Totals bm25 = new Totals();
        Totals dense = new Totals();
        Totals hybrid = new Totals();
        List<String> misses = new ArrayList<>();
        for (Question question : questions) {
            List<String> texts = new ArrayList<>(List.of(question.question()));
            texts.addAll(rewriter.alternatives(question.question()));
            float[] vector = index.embedQuery(question.question());
            bm25.add(documents(index, texts, SearchQuery.Mode.BM25, vector), question.expected());
            dense.add(documents(index, texts, SearchQuery.Mode.DENSE, vector), question.expected());
            List<String> fused = documents(index, texts, SearchQuery.Mode.HYBRID, vector);
            hybrid.add(fused, question.expected());
            if (RetrievalMetrics.hitAt(fused, question.expected(), 5) == 0) {
                misses.add(question.question() + " → expected " + question.expected() + ", got "
                        + fused.subList(0, Math.min(5, fused.size())));
            }
        }
        return new EvaluationReport(bm25.mean(), dense.mean(), hybrid.mean(), questions.size(), misses);
    }

    /**
     * Distinct document ids in rank order. Other wordings are searched by BM25 alone and fused by reciprocal
     * rank with the question's own ranking: a translation brings the other language's words, while the
     * embedder already matches meaning across languages (ADR 28).
     */
    static List<String> documents(KnowledgeIndex index, List<String> texts, SearchQuery.Mode mode, float[] vector) {
        List<List<String>> rankings = new ArrayList<>();
        rankings.add(documents(index, texts.getFirst(), mode, vector));
        if (mode != SearchQuery.Mode.DENSE) {
            for (String other : texts.subList(1, texts.size())) {
                rankings.add(documents(index, other, SearchQuery.Mode.BM25, null));
            }
        }
        if (rankings.size() == 1) {
            return rankings.getFirst();
        }
        return ReciprocalRankFusion.fuse(rankings, rankings.stream().map(r -> 1.0).toList(), FUSION_K).stream()
                .map(ReciprocalRankFusion.Fused::item).toList();
    }

    private static List<String> documents(KnowledgeIndex index, String text, SearchQuery.Mode mode, float[] vector) {
        Set<String> ids = new LinkedHashSet<>();
        for (Passage passage : index.search(SearchQuery.of(text, PASSAGES, mode), vector)) {
            ids.add(passage.documentId());
        }
        return List.copyOf(ids);
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
