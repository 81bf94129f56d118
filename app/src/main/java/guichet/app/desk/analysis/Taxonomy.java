package guichet.app.desk.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.shared.rules.MatchText;
import guichet.app.system.settings.OverridableResources;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The desk's categories, from {@code desk/taxonomy.json} (overridable): ids, names and descriptions
 * in each interface language, cues (patterns) that the classifier reads as one input per category,
 * and the urgency signals that make a category the secondary one of a message filed under another. A
 * malformed file is a start-up error.
 */
@Component
public class Taxonomy {

    static final String FILE = "desk/taxonomy.json";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * One category.
     *
     * @param signals urgency rules (ids without the language, e.g. {@code no_food}) that, when they count in
     *                a message filed under another category, make this one its secondary category
     * @param primarySignals urgency rules that, when they count, make this the primary category whatever
     *                       the classifier says (a message with a risk to life is first a safeguarding case)
     */
    public record Category(String id, Map<String, String> names, Map<String, String> descriptions, List<Pattern> cues,
                           List<String> signals, List<String> primarySignals) {

        public String name(String language) {
            return names.getOrDefault(language, names.getOrDefault("en", id));
        }

        public String description(String language) {
            return descriptions.getOrDefault(language, descriptions.getOrDefault("en", ""));
        }
    }

    private final List<Category> categories;
    private final String fallback;

    @Autowired
    public Taxonomy(OverridableResources resources) {
        this(resources.text(FILE));
    }

    public Taxonomy(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + ": not JSON", e);
        }
        List<Category> read = new ArrayList<>();
        for (JsonNode node : root.path("categories")) {
            String id = node.path("id").asText("");
            if (!id.matches("[a-z0-9_]{1,64}")) {
                throw new IllegalStateException(FILE + ": category id '" + id + "' must be lower case letters, digits, _");
            }
            List<Pattern> cues = new ArrayList<>();
            for (JsonNode cue : node.path("cues")) {
                try {
                    cues.add(Pattern.compile(cue.asText(), FLAGS));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(FILE + ": category " + id + ": bad cue " + cue.asText(), e);
                }
            }
            List<String> signals = new ArrayList<>();
            node.path("signals").forEach(signal -> signals.add(signal.asText()));
            List<String> primarySignals = new ArrayList<>();
            node.path("primary_signals").forEach(signal -> primarySignals.add(signal.asText()));
            read.add(new Category(id, texts(node.path("name")), texts(node.path("description")), List.copyOf(cues),
                    List.copyOf(signals), List.copyOf(primarySignals)));
        }
        if (read.size() < 2) {
            throw new IllegalStateException(FILE + ": at least two categories are needed");
        }
        this.categories = List.copyOf(read);
        this.fallback = root.path("fallback").asText(read.getLast().id());
        if (find(fallback).isEmpty()) {
            throw new IllegalStateException(FILE + ": the fallback category '" + fallback + "' is not listed");
        }
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> texts.put(entry.getKey(), entry.getValue().asText()));
        return texts;
    }

    public List<Category> categories() {
        return categories;
    }

    public List<String> ids() {
        return categories.stream().map(Category::id).toList();
    }

    public String fallback() {
        return fallback;
    }

    public Optional<Category> find(String id) {
        return categories.stream().filter(category -> category.id().equals(id)).findFirst();
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }

    /**
     * How many of each category's cues the text shows, squashed to 0..1 (1 − 1/(1+n)): the cue
     * inputs of the classifier, in category order.
     */
    public double[] cueStrengths(String text) {
        String matchText = MatchText.of(text);
        double[] strengths = new double[categories.size()];
        for (int i = 0; i < categories.size(); i++) {
            int found = 0;
            for (Pattern cue : categories.get(i).cues()) {
                if (cue.matcher(matchText).find()) {
                    found++;
                }
            }
            strengths[i] = 1.0 - 1.0 / (1.0 + found);
        }
        return strengths;
    }
}
