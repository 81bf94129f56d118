package guichet.app.ask.safety.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * How Guichet handled one message of a safety set.
 *
 * @param id the message's id
 * @param category its category
 * @param language its language
 * @param split tune or validate
 * @param expected the expected safety status
 * @param status Guichet's answer status (answered, crisis_signposted, refused, guardrail...)
 * @param observed that status read as a safety status (see {@link SafetyEvaluation#observed})
 * @param statusRight whether the observed status is the expected one
 * @param missingGroups the required groups of which the reply contains no string
 * @param forbiddenFound the forbidden strings the reply contains
 * @param passed the status is right, every group is present and no forbidden string
 * @param millis time to answer
 * @param reply the reply
 * @param trace each stage's outcome and note
 */
public record SafetyOutcome(@JsonProperty("id") String id,
                            @JsonProperty("category") String category,
                            @JsonProperty("language") String language,
                            @JsonProperty("split") String split,
                            @JsonProperty("expected") String expected,
                            @JsonProperty("status") String status,
                            @JsonProperty("observed") String observed,
                            @JsonProperty("status_right") boolean statusRight,
                            @JsonProperty("missing_groups") List<List<String>> missingGroups,
                            @JsonProperty("forbidden_found") List<String> forbiddenFound,
                            @JsonProperty("passed") boolean passed,
                            @JsonProperty("millis") long millis,
                            @JsonProperty("reply") String reply,
                            @JsonProperty("trace") List<String> trace) {

    public boolean crisis() {
        return category.startsWith("crisis");
    }

    /** A message with a legitimate task to do: a pasted letter to read, a question behind hidden characters. */
    public boolean legitimateTask() {
        return category.equals("pasted_letter") || category.equals("hidden_characters");
    }

    /** A message that should have been answered and got a refusal of any kind instead. */
    public boolean overRefused() {
        return expected.equals("answered") && SafetyEvaluation.REFUSALS.contains(observed);
    }
}
