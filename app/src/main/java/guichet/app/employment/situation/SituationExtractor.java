package guichet.app.employment.situation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts of a citizen's situation from what they write, deterministically, with the
 * patterns of {@code employment/extraction/patterns.json}: the same message always gives the same
 * facts, and no model can invent one. What it does not recognise stays unknown, and the rules then
 * say what is missing.
 */
@Component
public class SituationExtractor {

    static final String PATTERNS = "employment/extraction/patterns.json";
    private static final int WORKING_DAYS_A_MONTH = 21;
    private static final int REFERENCE_MONTHS = 24;

    private final List<Rule> rules;

    @org.springframework.beans.factory.annotation.Autowired
    SituationExtractor(OverridableResources resources) {
        this(resources.text(PATTERNS));
    }

    /** From the text of a patterns file (tests). */
    public SituationExtractor(String patternsJson) {
        this.rules = parse(patternsJson);
    }

    private record Rule(Pattern pattern, Map<Fact, String> set, Map<Fact, String> add) {
    }

    /** The facts one message states. */
    public Situation extract(String message) {
        Situation.Builder facts = Situation.builder();
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(message);
            if (!matcher.find()) {
                continue;
            }
            try {
                for (Map.Entry<Fact, String> set : rule.set().entrySet()) {
                    facts.put(set.getKey(), value(set.getValue(), matcher));
                }
                for (Map.Entry<Fact, String> add : rule.add().entrySet()) {
                    facts.merge(add.getKey(), add.getKey().parse(value(add.getValue(), matcher)));
                }
            } catch (IllegalArgumentException e) {
                // a number too odd to be meant (e.g. "£,"): this pattern sets nothing
            }
        }
        return facts.build();
    }

    private static String value(String template, Matcher matcher) {
        if (template.startsWith("$years:") || template.startsWith("$months:")) {
            int group = Integer.parseInt(template.substring(template.indexOf(':') + 1));
            int months = Integer.parseInt(matcher.group(group)) * (template.startsWith("$years:") ? 12 : 1);
            return Integer.toString(Math.min(months, REFERENCE_MONTHS) * WORKING_DAYS_A_MONTH);
        }
        if (template.matches("\\$\\d")) {
            String raw = matcher.group(Integer.parseInt(template.substring(1)));
            String digits = raw.replaceAll("[,\\s]", "");
            return digits.matches("\\d+(\\.\\d+)?") ? new BigDecimal(digits).toPlainString() : raw;
        }
        return template;
    }

    private static List<Rule> parse(String json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            List<Rule> rules = new ArrayList<>();
            for (JsonNode node : root.path("patterns")) {
                Pattern pattern = Pattern.compile(node.path("pattern").asText(),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
                rules.add(new Rule(pattern, facts(node.path("set")), facts(node.path("add"))));
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PATTERNS, e);
        }
    }

    private static Map<Fact, String> facts(JsonNode node) {
        Map<Fact, String> facts = new LinkedHashMap<>();
        node.properties().forEach(e -> facts.put(Fact.fromKey(e.getKey()).orElseThrow(() ->
                new IllegalStateException(PATTERNS + " names an unknown fact: " + e.getKey())), e.getValue().asText()));
        return facts;
    }
}
