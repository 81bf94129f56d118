package guichet.app.ask.routing;

/**
 * One route a question can take, as listed in {@code routing/labels.json}.
 *
 * @param id the label ("greeting", "account_data"...), recorded on the answer
 * @param action what the pipeline does with it
 * @param reply the key of the canned reply in the citizen message bundles; empty for {@link RouteAction#ANSWER}
 * @param cues a rule file (e.g. {@code routing/cues/account_data.txt}) one of whose rules must match
 *             for the example classifier to choose this label; empty when none is needed
 * @param margin how far this label must score above the fallback for the example classifier to
 *               choose it; null to use the configured default
 * @param onIdentifiers true when a message that gives an account's identifiers or secrets (see
 *                      {@link SharedIdentifiers}) and shows this label's cues takes this label without the examples
 */
public record RouteLabel(String id, RouteAction action, String reply, String cues, Double margin, boolean onIdentifiers) {

    public RouteLabel {
        if (id == null || !id.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("a route label id is lower-case letters, digits and _: " + id);
        }
        if (action == null) {
            throw new IllegalArgumentException("route label " + id + " has no action");
        }
        reply = reply == null ? "" : reply;
        cues = cues == null ? "" : cues;
        if (margin != null && (margin < 0 || margin > 1)) {
            throw new IllegalArgumentException("route label " + id + ": margin must be between 0 and 1");
        }
        if (onIdentifiers && cues.isEmpty()) {
            throw new IllegalArgumentException("route label " + id + " is chosen on identifiers and needs cues");
        }
        if (action != RouteAction.ANSWER && reply.isBlank()) {
            throw new IllegalArgumentException("route label " + id + " stops the pipeline and needs a reply key");
        }
    }
}
