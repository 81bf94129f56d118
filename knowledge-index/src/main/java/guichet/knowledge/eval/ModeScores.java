package guichet.knowledge.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The mean metrics of one search mode over a question set. */
@JsonPropertyOrder({"recall@1", "recall@5", "recall@10", "mrr", "ndcg@10"})
public record ModeScores(@JsonProperty("recall@1") double recallAt1, @JsonProperty("recall@5") double recallAt5,
                         @JsonProperty("recall@10") double recallAt10, @JsonProperty("mrr") double mrr,
                         @JsonProperty("ndcg@10") double ndcgAt10) {
}
