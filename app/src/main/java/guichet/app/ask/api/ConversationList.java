package guichet.app.ask.api;

import java.time.Instant;
import java.util.List;

/** The caller's own conversations, most recently active first. */
public record ConversationList(List<Item> conversations) {

    /**
     * @param title the start of its first question
     */
    public record Item(String id, String language, String title, Instant createdAt, Instant updatedAt) {
    }
}
