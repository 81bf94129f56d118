package guichet.app.ask.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * A conversation with its messages (redacted text, as stored).
 *
 * @param language the conversation's interface language
 */
public record ConversationView(String id, String language, Instant createdAt, List<Message> messages) {

    /**
     * One message. Answers carry how they were made; questions, and earlier turns an API client
     * sent, carry only their text.
     *
     * @param role "citizen" or "assistant"
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(String id, String role, String text, Instant createdAt, String status, String language,
                          List<AnswerView.Source> sources, String model, AnswerView.Timings timings) {
    }
}
