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
 * @param id the scenario's id in a development set, or null
 * @param split "tune" or "validate" in a development set, or null
 * @param facts the facts a reader should hold after the last turn, by the rules' fact names (values as
 *              numbers, booleans or lower-case texts); null when the scenario does not say
 * @param missing facts the scenario leaves out on purpose, which the journey should ask for
 * @param voice how the citizen writes (plain, spoken, terse, typos...), for people reading the results
 */
// Development sets also carry tags, for people and later scorers.
@JsonIgnoreProperties(ignoreUnknown = true)
public record JourneyScenario(String name, String language, List<String> turns, Map<String, String> eligibility,
                              List<String> tools, String plan, String id, String split, Map<String, Object> facts,
                              List<String> missing, String voice) {

    public JourneyScenario {
        eligibility = eligibility == null ? Map.of() : Map.copyOf(eligibility);
        tools = tools == null ? List.of() : List.copyOf(tools);
        turns = List.copyOf(turns);
        missing = missing == null ? List.of() : List.copyOf(missing);
        split = split == null ? "" : split;
    }

    /** A scenario with only the scorer's first fields (tests). */
    public JourneyScenario(String name, String language, List<String> turns, Map<String, String> eligibility,
                           List<String> tools, String plan) {
        this(name, language, turns, eligibility, tools, plan, null, null, null, null, null);
    }

    /** Whether the scenario says which facts a reader should hold. */
    public boolean declaresFacts() {
        return facts != null;
    }
}
