package guichet.app.ask.api;

import guichet.app.system.errors.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * No such conversation for this caller: it does not exist, or it is someone else's (the two are
 * not told apart, so that ids cannot be probed). Also an answer id that is not in the conversation.
 * A 404 problem of type {@code unknown_conversation}.
 */
public class UnknownConversationException extends ErrorResponseException {

    public UnknownConversationException(String detail) {
        super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "unknown_conversation", "Unknown conversation",
                detail), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
