package guichet.app.ask.api;

import jakarta.validation.constraints.Pattern;

/**
 * Starts a conversation.
 *
 * @param language the interface language, "en" or "fr" (default: the request's Accept-Language, else "en");
 *                 answers follow the language of each question
 */
public record NewConversation(@Pattern(regexp = "en|fr", message = "must be \"en\" or \"fr\"") String language) {
}
