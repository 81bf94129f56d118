package guichet.app.ask.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.shared.rules.PatternRule;
import guichet.app.shared.rules.PatternRules;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.EmbeddingModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Finds which categories of a kind of message (crisis, harmful intent) a message belongs to: explicit
 * phrases by rules (every language's rules on every message), meaning by comparing each sentence of
 * the message with labelled examples in embedding space. A category counts when a rule of it
 * matches, or when its closest examples score at least its margin above the closest "none"
 * examples (ordinary questions on the same subjects). Several categories may be found at once.
 *
 * <p>Data, overridable under {@code <guichet.home>/config/}: {@code <folder>/categories.json}
 * ({@code neighbours} and the categories with their margins), rule files {@code <folder>/<language>.txt}
 * plus an operator's {@code local.txt} (a rule belongs to the category its id starts with), and
 * {@code <folder>/examples.jsonl}, one {@code {"category", "language", "text"}} a line.
 */
public final class CategoryDetector {

    /** The examples' label for messages of none of the categories. */
    public static final String NONE = "none";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\s*\\n+\\s*");
    private static final int MIN_LETTERS = 8;

    private final String folder;
    private final Map<String, DetectedCategory> categories;
    private final int neighbours;
    private final PatternRules rules;
    private final EmbeddedExamples examples;

    /**
     * @param categories the categories found, the strongest first (never only alongside-only ones)
     * @param how the rules and example scores that found them, for the trace
     */
    public record Finding(List<String> categories, String how) {
    }

    /** @param folder e.g. {@code routing/crisis} */
    public CategoryDetector(OverridableResources resources, String folder, List<String> languages,
                            Supplier<EmbeddingModel> embeddings) {
        this.folder = folder;
        String categoriesFile = folder + "/categories.json";
        JsonNode root = json(resources.text(categoriesFile), categoriesFile);
        Map<String, DetectedCategory> read = new LinkedHashMap<>();
        for (JsonNode node : root.path("categories")) {
            DetectedCategory category;
            try {
                category = new DetectedCategory(node.path("id").asText(null), node.path("margin").asDouble(0.05),
                        node.path("alongside_only").asBoolean(false), node.path("answer_after").asBoolean(false));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(categoriesFile + ": " + e.getMessage(), e);
            }
            if (category.id().equals(NONE) || read.put(category.id(), category) != null) {
                throw new IllegalStateException(categoriesFile + ": category " + category.id() + " is reserved or listed twice");
            }
        }
        if (read.values().stream().allMatch(DetectedCategory::alongsideOnly)) {
            throw new IllegalStateException(categoriesFile + ": no category");
        }
        this.categories = read;
        this.neighbours = root.path("neighbours").asInt(2);
        this.rules = PatternRules.load(resources, languages.stream().map(language -> folder + "/" + language + ".txt").toList(),
                List.of(folder + "/local.txt"));
        for (PatternRule rule : rules.rules()) {
            if (!categories.containsKey(category(rule))) {
                throw new IllegalStateException(rule.source() + ": rule " + rule.id() + " starts with no category of "
                        + categoriesFile);
            }
        }
        this.examples = new EmbeddedExamples(readExamples(resources.text(folder + "/examples.jsonl")), embeddings);
    }

    /** The categories found in any of the texts (e.g. the request as typed and as rephrased), if any. */
    public Optional<Finding> detect(String... texts) {
        return read(texts).finding(1.0);
    }

    /**
     * Like {@link #detect(String...)}, with each category's margin scaled by {@code marginShare}: a
     * share under 1 finds weaker resemblances too, for when a miss costs more than usual.
     */
    public Optional<Finding> detect(double marginShare, String... texts) {
        return read(texts).finding(marginShare);
    }

    /**
     * Matches the rules and embeds the sentences of the texts once, so that findings at several
     * margin shares cost one reading.
     */
    public Reading read(String... texts) {
        Map<String, String> ruled = new LinkedHashMap<>();
        for (String text : texts) {
            if (text != null) {
                rules.allMatches(text).forEach(rule -> ruled.putIfAbsent(category(rule), "rule " + rule.qualifiedId()));
            }
        }
        Map<String, Double> leads = new LinkedHashMap<>();
        for (String text : new LinkedHashSet<>(Arrays.asList(texts))) {
            if (text != null) {
                for (String sentence : sentences(text)) {
                    leads(sentence).forEach((category, lead) -> leads.merge(category, lead, Math::max));
                }
            }
        }
        return new Reading(ruled, leads);
    }

    /** What the rules and the examples made of a message, before any margin is applied. */
    public final class Reading {

        private final Map<String, String> ruled;
        private final Map<String, Double> leads;

        private Reading(Map<String, String> ruled, Map<String, Double> leads) {
            this.ruled = ruled;
            this.leads = leads;
        }

        /** The categories found when each category's examples need this share of its margin. */
        public Optional<Finding> finding(double marginShare) {
            Map<String, String> found = new LinkedHashMap<>(ruled);
            leads.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .filter(entry -> categories.containsKey(entry.getKey()))
                    .filter(entry -> entry.getValue() >= categories.get(entry.getKey()).margin() * marginShare)
                    .forEach(entry -> found.putIfAbsent(entry.getKey(),
                            String.format(Locale.ROOT, "examples lead %.3f", entry.getValue())));
            if (found.keySet().stream().allMatch(id -> categories.get(id).alongsideOnly())) {
                return Optional.empty();
            }
            List<String> how = new ArrayList<>();
            found.forEach((category, reason) -> how.add(category + " by " + reason));
            return Optional.of(new Finding(List.copyOf(found.keySet()), String.join(", ", how)));
        }
    }

    /** Each category's lead over the "none" examples for one sentence. */
    public Map<String, Double> leads(String sentence) {
        Map<String, Double> scores = examples.scores(examples.embed(sentence), neighbours);
        double none = scores.getOrDefault(NONE, 0.0);
        Map<String, Double> leads = new LinkedHashMap<>();
        scores.forEach((category, score) -> {
            if (!category.equals(NONE)) {
                leads.put(category, score - none);
            }
        });
        return leads;
    }

    public DetectedCategory category(String id) {
        DetectedCategory category = categories.get(id);
        if (category == null) {
            throw new IllegalArgumentException("unknown category " + id + " in " + folder);
        }
        return category;
    }

    public List<DetectedCategory> categories() {
        return List.copyOf(categories.values());
    }

    /**
     * The sentences of a message worth comparing, and the message itself when it is two sentences
     * (a longer message's own embedding is a blur of its subjects).
     */
    public static List<String> sentences(String text) {
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

    private List<Map.Entry<String, String>> readExamples(String jsonl) {
        String file = folder + "/examples.jsonl";
        List<Map.Entry<String, String>> read = new ArrayList<>();
        String[] lines = jsonl.split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node = json(line, file + ":" + number);
            String category = node.path("category").asText("");
            String text = node.path("text").asText("");
            if (!(category.equals(NONE) || categories.containsKey(category)) || text.isBlank()) {
                throw new IllegalStateException(file + ":" + number + ": unknown category '" + category + "' or empty text");
            }
            read.add(Map.entry(category, text));
        }
        if (read.stream().noneMatch(example -> example.getKey().equals(NONE))) {
            throw new IllegalStateException(file + ": needs examples of 'none'");
        }
        return read;
    }

    private static JsonNode json(String text, String where) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(where + ": not valid JSON", e);
        }
    }
}
