package guichet.app.ask.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** One line of an answer evaluation set. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnswerCase(@JsonProperty("question") String question,
                         @JsonProperty("expected_paths") List<String> expectedPaths,
                         @JsonProperty("key_facts") List<String> keyFacts,
                         @JsonProperty("answerable") boolean answerable,
                         @JsonProperty("kind") String kind) {

    public AnswerCase {
        expectedPaths = expectedPaths == null ? List.of() : List.copyOf(expectedPaths);
        keyFacts = keyFacts == null ? List.of() : List.copyOf(keyFacts);
        kind = kind == null ? "" : kind;
    }
}
