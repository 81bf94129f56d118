package guichet.app.ask.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.shared.rules.PatternRules;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The route labels of {@code routing/labels.json} (overridable): each label's action and canned
 * reply, the cues it needs, and the fallback label used when the router is unsure. Checked at start-up: the fallback
 * must answer and every reply key must have a text in every supported language. Crises and harmful
 * requests are not labels: their own detectors recognise them first, by category.
 */
@Component
public class RouteLabels {

    static final String FILE = "routing/labels.json";

    private final Map<String, RouteLabel> labels;
    private final String fallback;
    private final Map<String, PatternRules> cues;

    public RouteLabels(OverridableResources resources, CitizenTexts texts) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(resources.text(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " is not valid JSON", e);
        }
        Map<String, RouteLabel> read = new LinkedHashMap<>();
        for (JsonNode node : root.path("labels")) {
            String action = node.path("action").asText("").toUpperCase(Locale.ROOT);
            RouteLabel label;
            try {
                label = new RouteLabel(node.path("id").asText(null), RouteAction.valueOf(action), node.path("reply").asText(""),
                        node.path("cues").asText(""), node.hasNonNull("margin") ? node.get("margin").asDouble() : null,
                        node.path("on_identifiers").asBoolean(false));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(FILE + ": " + e.getMessage(), e);
            }
            if (read.put(label.id(), label) != null) {
                throw new IllegalStateException(FILE + ": label " + label.id() + " is listed twice");
            }
        }
        this.labels = Map.copyOf(read);
        this.fallback = root.path("fallback").asText("");
        check(texts);
        Map<String, PatternRules> cueRules = new HashMap<>();
        read.values().stream().filter(label -> !label.cues().isEmpty())
                .forEach(label -> cueRules.put(label.id(), PatternRules.load(resources, List.of(label.cues()), List.of())));
        this.cues = Map.copyOf(cueRules);
    }

    private void check(CitizenTexts texts) {
        if (!labels.containsKey(fallback) || labels.get(fallback).action() != RouteAction.ANSWER
                || !labels.get(fallback).cues().isEmpty()) {
            throw new IllegalStateException(FILE + ": the fallback label '" + fallback + "' must exist, answer and need no cues");
        }
        for (RouteLabel label : labels.values()) {
            for (String language : CitizenTexts.LANGUAGES) {
                if (!label.reply().isEmpty() && !texts.has(label.reply(), language)) {
                    throw new IllegalStateException(FILE + ": label " + label.id() + ": no '" + language
                            + "' text for reply key " + label.reply());
                }
            }
        }
    }

    /** The label with this id. */
    public RouteLabel get(String id) {
        RouteLabel label = labels.get(id);
        if (label == null) {
            throw new IllegalArgumentException("unknown route label " + id);
        }
        return label;
    }

    /** True when {@code text} shows the cues the label needs (see {@link RouteLabel#cues()}), or it needs none. */
    public boolean cuesFound(String id, String text) {
        PatternRules rules = cues.get(id);
        return rules == null || rules.firstMatch(text).isPresent();
    }

    /** The labels a message giving an account's identifiers takes when their cues are found. */
    public List<RouteLabel> onIdentifiers() {
        return labels.values().stream().filter(RouteLabel::onIdentifiers).toList();
    }

    public boolean contains(String id) {
        return labels.containsKey(id);
    }

    /** The label for questions the router is unsure about: answered from guidance, or refused by the composer. */
    public RouteLabel fallback() {
        return labels.get(fallback);
    }
}
