package guichet.app.ask.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A citizen's judgement of an answer.
 *
 * @param comment optional; personal data in it is redacted before it is stored
 */
public record FeedbackRequest(@NotNull Boolean helpful, @Size(max = MAX_COMMENT) String comment) {

    public static final int MAX_COMMENT = 1000;
}
