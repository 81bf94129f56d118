package guichet.app.ask.crisis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.routing.EmbeddedExamples;
import guichet.app.ask.safety.PatternRule;
import guichet.app.ask.safety.PatternRules;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.EmbeddingModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Recognises a message from someone who may be in crisis, and which kind: explicit phrases by the
 * rules of {@code routing/crisis/<language>.txt} (every language's rules on every message), indirect
 * ones by meaning, each sentence of the message compared with the examples of
 * {@code routing/crisis/examples.jsonl} in embedding space: a category counts when its closest
 * examples score at least its margin above the closest "none" examples (ordinary questions on the
 * same subjects). Several categories may be found at once (abuse and nowhere to sleep tonight).
 */
@Component
public class CrisisDetector {

    static final List<String> RULE_FILES = List.of("routing/crisis/en.txt", "routing/crisis/fr.txt");
    static final String LOCAL_RULES = "routing/crisis/local.txt";
    static final String EXAMPLES = "routing/crisis/examples.jsonl";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\s*\\n+\\s*");
    private static final int MIN_LETTERS = 8;

    private final CrisisCategories categories;
    private final PatternRules rules;
    private final EmbeddedExamples examples;

    /**
     * @param categories the categories found, the strongest first (never only alongside-only ones)
     * @param how the rules and example scores that found them, for the trace
     */
    public record Finding(List<String> categories, String how) {
    }

    @Autowired
    public CrisisDetector(OverridableResources resources, CrisisCategories categories, InferenceRuntime runtime) {
        this(resources, categories, runtime::embeddings);
    }

    public CrisisDetector(OverridableResources resources, CrisisCategories categories, Supplier<EmbeddingModel> embeddings) {
        this.categories = categories;
        this.rules = PatternRules.load(resources, RULE_FILES, List.of(LOCAL_RULES));
        for (PatternRule rule : rules.rules()) {
            if (!categories.contains(category(rule))) {
                throw new IllegalStateException(rule.source() + ": rule " + rule.id() + " starts with no category of "
                        + CrisisCategories.FILE);
            }
        }
        this.examples = new EmbeddedExamples(readExamples(resources.text(EXAMPLES), categories), embeddings);
    }

    /** The crisis found in any of the texts (e.g. the request as typed and as rephrased), if any. */
    public Optional<Finding> detect(String... texts) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String text : texts) {
            if (text != null) {
                rules.allMatches(text).forEach(rule -> found.putIfAbsent(category(rule), "rule " + rule.qualifiedId()));
            }
        }
        Map<String, Double> leads = new LinkedHashMap<>();
        for (String text : new LinkedHashSet<>(java.util.Arrays.asList(texts))) {
            if (text != null) {
                for (String sentence : sentences(text)) {
                    leads(sentence).forEach((category, lead) -> leads.merge(category, lead, Math::max));
                }
            }
        }
        leads.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .filter(entry -> entry.getValue() >= categories.get(entry.getKey()).margin())
                .forEach(entry -> found.putIfAbsent(entry.getKey(),
                        String.format(Locale.ROOT, "examples lead %.3f", entry.getValue())));
        if (found.keySet().stream().allMatch(id -> categories.get(id).alongsideOnly())) {
            return Optional.empty();
        }
        List<String> how = new ArrayList<>();
        found.forEach((category, reason) -> how.add(category + " by " + reason));
        return Optional.of(new Finding(List.copyOf(found.keySet()), String.join(", ", how)));
    }

    /** Each category's lead over the "none" examples for one sentence. */
    public Map<String, Double> leads(String sentence) {
        Map<String, Double> scores = examples.scores(examples.embed(sentence), categories.neighbours());
        double none = scores.getOrDefault(CrisisCategories.NONE, 0.0);
        Map<String, Double> leads = new LinkedHashMap<>();
        scores.forEach((category, score) -> {
            if (!category.equals(CrisisCategories.NONE)) {
                leads.put(category, score - none);
            }
        });
        return leads;
    }

    /**
     * The sentences of a message worth comparing, and the message itself when it is two sentences
     * (a longer message's own embedding is a blur of its subjects).
     */
    static List<String> sentences(String text) {
        Set<String> parts = new LinkedHashSet<>();
        for (String part : SENTENCE_END.split(text.strip())) {
            if (part.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS) {
                parts.add(part.strip());
            }
        }
        if (parts.size() != 1 && parts.size() <= 2) {
            parts.add(text.strip());
        }
        return List.copyOf(parts);
    }

    /** Embeds the examples now rather than on the first question. */
    public void warmUp(BooleanSupplier stop) {
        examples.warmUp(stop);
    }

    private static String category(PatternRule rule) {
        int underscore = rule.id().indexOf('_');
        return underscore < 0 ? rule.id() : rule.id().substring(0, underscore);
    }

    private static List<Map.Entry<String, String>> readExamples(String jsonl, CrisisCategories categories) {
        ObjectMapper json = new ObjectMapper();
        List<Map.Entry<String, String>> read = new ArrayList<>();
        String[] lines = jsonl.split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (IOException e) {
                throw new IllegalStateException(EXAMPLES + ":" + number + ": not JSON", e);
            }
            String category = node.path("category").asText("");
            String text = node.path("text").asText("");
            if (!(category.equals(CrisisCategories.NONE) || categories.contains(category)) || text.isBlank()) {
                throw new IllegalStateException(EXAMPLES + ":" + number + ": unknown category '" + category + "' or empty text");
            }
            read.add(Map.entry(category, text));
        }
        if (read.stream().noneMatch(example -> example.getKey().equals(CrisisCategories.NONE))) {
            throw new IllegalStateException(EXAMPLES + ": needs examples of 'none' (messages that are not crises)");
        }
        return read;
    }
}
