package guichet.app.employment.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.employment.situation.Fact;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one rules file (JSON) into a {@link BenefitRule}, refusing anything it cannot check: an
 * unknown fact or operator, a value of the wrong type, a source key that is not declared, a date
 * that does not parse. A broken rules file stops start-up with the file and the place named.
 */
public final class RuleFileReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleFileReader() {
    }

    /** A rules file that cannot be used. */
    public static final class InvalidRuleFileException extends IllegalStateException {
        InvalidRuleFileException(String file, String problem) {
            super("rules file " + file + ": " + problem);
        }
    }

    public static BenefitRule read(String name, String text) {
        try {
            return parse(name, JSON.readTree(text));
        } catch (IOException e) {
            throw new InvalidRuleFileException(name, "not valid JSON: " + e.getMessage());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRuleFileException(name, e.getMessage());
        }
    }

    private static BenefitRule parse(String name, JsonNode root) {
        String id = required(root, "benefit").asText();
        Map<String, GuidanceSource> sources = new LinkedHashMap<>();
        required(root, "sources").properties().forEach(entry -> sources.put(entry.getKey(), new GuidanceSource(
                required(entry.getValue(), "url").asText(), required(entry.getValue(), "title").asText(),
                entry.getValue().path("quote").asText(""))));
        List<BenefitRule.RuleCondition> conditions = new ArrayList<>();
        for (JsonNode node : required(root, "conditions")) {
            String source = required(node, "source").asText();
            requireSource(sources, source, node);
            conditions.add(new BenefitRule.RuleCondition(required(node, "id").asText(), condition(node),
                    texts(required(node, "text")), source, date(node.get("effectiveFrom")), date(node.get("effectiveTo"))));
        }
        List<BenefitRule.Amount> amounts = new ArrayList<>();
        for (JsonNode node : root.path("amounts")) {
            String source = required(node, "source").asText();
            requireSource(sources, source, node);
            List<Condition> when = new ArrayList<>();
            node.path("when").forEach(w -> when.add(condition(w)));
            amounts.add(new BenefitRule.Amount(required(node, "id").asText(), new Condition.All(when),
                    new BigDecimal(required(node, "value").asText()), required(node, "currency").asText(),
                    required(node, "per").asText(), texts(required(node, "text")), source,
                    date(required(node, "effectiveFrom")), date(node.get("effectiveTo"))));
        }
        JsonNode effective = required(root, "effective");
        return new BenefitRule(id, texts(required(root, "title")), required(root, "jurisdiction").asText(),
                date(required(effective, "from")), date(effective.get("to")), date(required(root, "checkedOn")),
                sources, conditions, amounts);
    }

    private static Condition condition(JsonNode node) {
        if (node.has("allOf")) {
            return new Condition.All(parts(node.get("allOf")));
        }
        if (node.has("anyOf")) {
            return new Condition.Any(parts(node.get("anyOf")));
        }
        String key = required(node, "fact").asText();
        Fact fact = Fact.fromKey(key).orElseThrow(() -> new IllegalArgumentException("unknown fact \"" + key + "\""));
        Operator op = Operator.of(required(node, "op").asText());
        JsonNode value = required(node, "value");
        return new Condition.Compare(fact, op, value(fact, op, value));
    }

    private static List<Condition> parts(JsonNode array) {
        List<Condition> parts = new ArrayList<>();
        array.forEach(p -> parts.add(condition(p)));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("allOf/anyOf needs at least one condition");
        }
        return parts;
    }

    private static Object value(Fact fact, Operator op, JsonNode value) {
        switch (op) {
            case LT, LTE, GT, GTE -> {
                if (fact.type() != Fact.Type.NUMBER || !value.isNumber()) {
                    throw new IllegalArgumentException(op + " needs a number fact and a number, at " + fact.key());
                }
                return value.decimalValue();
            }
            case IS -> {
                if (fact.type() != Fact.Type.BOOLEAN || !value.isBoolean()) {
                    throw new IllegalArgumentException("is needs a true/false fact and value, at " + fact.key());
                }
                return value.booleanValue();
            }
            case IN -> {
                if (!value.isArray() || fact.type() == Fact.Type.LIST) {
                    throw new IllegalArgumentException("in needs a list of values, at " + fact.key());
                }
                List<String> values = new ArrayList<>();
                value.forEach(v -> values.add(v.asText()));
                return values;
            }
            case INCLUDES -> {
                if (fact.type() != Fact.Type.LIST) {
                    throw new IllegalArgumentException("includes needs a list fact, at " + fact.key());
                }
                return value.asText();
            }
            default -> {
                return fact.type() == Fact.Type.NUMBER ? value.decimalValue() : value.asText();
            }
        }
    }

    private static Condition.Texts texts(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (node.isTextual()) {
            texts.put("en", node.asText());
        } else {
            node.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asText()));
        }
        return new Condition.Texts(Map.copyOf(texts));
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static void requireSource(Map<String, GuidanceSource> sources, String key, JsonNode at) {
        if (!sources.containsKey(key)) {
            throw new IllegalArgumentException("source \"" + key + "\" is not declared in sources (at " + at.path("id")
                    .asText("?") + ")");
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing \"" + field + "\"" + (node.has("id") ? " in " + node.get("id")
                    .asText() : ""));
        }
        return value;
    }
}
