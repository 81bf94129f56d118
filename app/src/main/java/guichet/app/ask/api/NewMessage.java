package guichet.app.ask.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A citizen's question. Over-long questions (more than {@code guichet.ask.input.max-characters})
 * still get a reply that says so; past {@link #MAX_CHARACTERS} the request itself is refused.
 */
public record NewMessage(@NotNull @Size(max = MAX_CHARACTERS) String message) {

    public static final int MAX_CHARACTERS = 20_000;
}
