package guichet.app.ask.routing;

import guichet.app.ask.pipeline.AnswerStatus;

/** What the pipeline does with a question once it has a route label. */
public enum RouteAction {
    /** Go on: retrieve guidance and compose an answer. */
    ANSWER(null),
    /** Ask the citizen one question back (greetings, unclear messages). */
    CLARIFY(AnswerStatus.CLARIFICATION),
    /** Decline, calmly. */
    REFUSE(AnswerStatus.REFUSED),
    /** Say where to go instead (someone else's service, the citizen's own account). */
    SIGNPOST(AnswerStatus.UNANSWERABLE);

    private final AnswerStatus status;

    RouteAction(AnswerStatus status) {
        this.status = status;
    }

    /** The status the pipeline stops with; null for {@link #ANSWER}, which does not stop. */
    public AnswerStatus status() {
        return status;
    }
}
