package guichet.app.employment.memory;

import guichet.app.employment.situation.Category;
import guichet.app.employment.situation.Fact;

import java.time.Instant;

/**
 * One thing Guichet remembers about a citizen, and where it came from.
 *
 * @param id the item's id
 * @param category what kind of thing it is (the citizen can switch a category off)
 * @param fact which fact of the situation
 * @param value its value, as text
 * @param sourceMessageId the citizen's message it was taken from; null when the citizen typed it on the memory page
 * @param conversationId the conversation of that message
 * @param createdAt when it was first remembered
 * @param updatedAt when it last changed
 * @param corrected whether the citizen corrected it
 */
public record MemoryItem(String id, Category category, Fact fact, String value, String sourceMessageId,
                         String conversationId, Instant createdAt, Instant updatedAt, boolean corrected) {
}
