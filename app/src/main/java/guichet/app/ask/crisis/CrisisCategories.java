package guichet.app.ask.crisis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.system.settings.OverridableResources;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The crisis categories of {@code routing/crisis/categories.json} (overridable), in order. */
@Component
public class CrisisCategories {

    static final String FILE = "routing/crisis/categories.json";
    /** The examples' label for messages that are not crises. */
    public static final String NONE = "none";

    private final Map<String, CrisisCategory> categories;
    private final int neighbours;

    @Autowired
    public CrisisCategories(OverridableResources resources) {
        this(resources.text(FILE));
    }

    CrisisCategories(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " is not valid JSON", e);
        }
        Map<String, CrisisCategory> read = new LinkedHashMap<>();
        for (JsonNode node : root.path("categories")) {
            CrisisCategory category;
            try {
                category = new CrisisCategory(node.path("id").asText(null), node.path("answer_after").asBoolean(false),
                        node.path("alongside_only").asBoolean(false), node.path("margin").asDouble(0.03));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(FILE + ": " + e.getMessage(), e);
            }
            if (category.id().equals(NONE) || read.put(category.id(), category) != null) {
                throw new IllegalStateException(FILE + ": category " + category.id() + " is reserved or listed twice");
            }
        }
        if (read.values().stream().allMatch(CrisisCategory::alongsideOnly)) {
            throw new IllegalStateException(FILE + ": no crisis category");
        }
        this.categories = read;
        this.neighbours = root.path("neighbours").asInt(2);
        if (neighbours < 1) {
            throw new IllegalStateException(FILE + ": neighbours must be at least 1");
        }
    }

    public CrisisCategory get(String id) {
        CrisisCategory category = categories.get(id);
        if (category == null) {
            throw new IllegalArgumentException("unknown crisis category " + id);
        }
        return category;
    }

    public boolean contains(String id) {
        return categories.containsKey(id);
    }

    public List<CrisisCategory> all() {
        return List.copyOf(categories.values());
    }

    /** A category's score is the mean similarity of its this-many closest examples. */
    public int neighbours() {
        return neighbours;
    }
}
