package guichet.app.employment.agent.tools;

import guichet.app.ask.pipeline.Citation;

import java.util.List;

/**
 * What a tool did, typed for the API and explained for the citizen.
 *
 * @param tool the tool's name
 * @param status ok, failed (explained), or proposed (waits for the citizen's confirmation)
 * @param text the explanation the citizen reads
 * @param data the typed result (eligibility results, offers, a plan, a proposal)
 * @param citations the guidance sections it rests on
 */
public record ToolResult(String tool, Status status, String text, Object data, List<Citation> citations) {

    public enum Status { OK, FAILED, PROPOSED }

    public ToolResult {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    public static ToolResult failed(String tool, String text) {
        return new ToolResult(tool, Status.FAILED, text, null, List.of());
    }
}
