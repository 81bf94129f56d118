package guichet.knowledge.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Recall@1/5/20 and MRR of one ranking (a mode at a level) over a group of questions, each with its
 * 95% bootstrap interval. A question counts as found at k when an expected document is among the
 * first k results; MRR reads the first 20.
 */
@JsonPropertyOrder({"recall@1", "recall@5", "recall@20", "mrr"})
public record RankFigures(@JsonProperty("recall@1") Estimate recallAt1, @JsonProperty("recall@5") Estimate recallAt5,
                          @JsonProperty("recall@20") Estimate recallAt20, @JsonProperty("mrr") Estimate mrr) {

    /** Results read per ranking. */
    public static final int DEPTH = 20;

    /** @param ranks each question's rank of its first expected document, 1-based, 0 when not in the first 20 */
    public static RankFigures of(List<Integer> ranks, Bootstrap bootstrap) {
        return new RankFigures(recall(ranks, 1, bootstrap), recall(ranks, 5, bootstrap), recall(ranks, DEPTH, bootstrap),
                Estimate.of(ranks.stream().mapToDouble(r -> r > 0 ? 1.0 / r : 0).toArray(), bootstrap));
    }

    private static Estimate recall(List<Integer> ranks, int k, Bootstrap bootstrap) {
        return Estimate.of(ranks.stream().mapToDouble(r -> r > 0 && r <= k ? 1 : 0).toArray(), bootstrap);
    }
}
