package guichet.app.employment.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/**
 * A scripted citizen for {@code guichet eval journeys}: what they say, turn by turn, and what the
 * journey should reach.
 *
 * @param name a short name
 * @param language "en" or "fr"
 * @param turns the citizen's messages, in order
 * @param eligibility the expected outcome per benefit ("eligible", "not_eligible", "unknown")
 * @param tools tools that must have been called
 * @param plan the procedure whose plan must have been given, or null
 */
// Development sets also carry the facts stated, the voice and the split, for people and later scorers.
@JsonIgnoreProperties(ignoreUnknown = true)
public record JourneyScenario(String name, String language, List<String> turns, Map<String, String> eligibility,
                              List<String> tools, String plan) {

    public JourneyScenario {
        eligibility = eligibility == null ? Map.of() : Map.copyOf(eligibility);
        tools = tools == null ? List.of() : List.copyOf(tools);
        turns = List.copyOf(turns);
    }
}
