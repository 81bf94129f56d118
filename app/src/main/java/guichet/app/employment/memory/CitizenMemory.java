package guichet.app.employment.memory;

import guichet.app.employment.situation.Category;
import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.Situation;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

/**
 * What Guichet remembers about a citizen, under their control. Nothing is remembered until they
 * agree to be remembered; nothing of a category they switched off is remembered; every item keeps
 * the message it came from; they can correct or delete any item.
 */
@Service
public class CitizenMemory {

    private final MemoryStore store;

    CitizenMemory(MemoryStore store) {
        this.store = store;
    }

    /** Whether the citizen agreed to be remembered. */
    public boolean remembers(String owner) {
        return store.consent(owner);
    }

    /** Records the citizen's choice; saying no also forgets what was remembered. */
    public void setRemember(String owner, boolean remember) {
        store.setConsent(owner, remember);
        if (!remember) {
            for (Category category : Category.values()) {
                store.deleteCategory(owner, category);
            }
        }
    }

    public Map<Category, Boolean> categories(String owner) {
        return store.categories(owner);
    }

    /**
     * Switches a category on or off. Off also deletes what was remembered in it.
     *
     * @return how many items were deleted
     */
    public int setCategory(String owner, Category category, boolean enabled) {
        store.setCategory(owner, category, enabled);
        return enabled ? 0 : store.deleteCategory(owner, category);
    }

    public List<MemoryItem> items(String owner) {
        return store.items(owner);
    }

    /**
     * Remembers the facts taken from one citizen message, when the citizen agreed and each fact's
     * category is on; others are dropped.
     *
     * @return the items stored or updated
     */
    public List<MemoryItem> remember(String owner, Situation facts, String sourceMessageId, String conversationId) {
        if (facts.known().isEmpty() || !store.consent(owner)) {
            return List.of();
        }
        Map<Category, Boolean> enabled = store.categories(owner);
        Situation current = situation(owner);
        return facts.asMap().entrySet().stream()
                .filter(e -> enabled.get(e.getKey().category()))
                .map(e -> {
                    Fact fact = e.getKey();
                    Object value = fact.type() == Fact.Type.LIST
                            ? current.toBuilder().merge(fact, e.getValue()).build().get(fact).orElseThrow() : e.getValue();
                    return store.put(owner, fact, fact.format(value), sourceMessageId, conversationId);
                })
                .toList();
    }

    /**
     * Corrects an item; the value must be one the fact can take.
     *
     * @throws IllegalArgumentException when it cannot
     * @return false when there is no such item
     */
    public boolean correct(String owner, String id, String value) {
        var item = store.item(owner, id);
        if (item.isEmpty()) {
            return false;
        }
        Fact fact = item.get().fact();
        return store.correct(owner, id, fact.format(fact.parse(value)));
    }

    public boolean delete(String owner, String id) {
        return store.delete(owner, id);
    }

    /** The remembered situation. */
    public Situation situation(String owner) {
        Situation.Builder builder = Situation.builder();
        for (MemoryItem item : store.items(owner)) {
            try {
                builder.put(item.fact(), item.value());
            } catch (IllegalArgumentException e) {
                // an item that no longer parses is shown on the page but not used
            }
        }
        return builder.build();
    }
}
