package guichet.app.employment.agent;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tool-call schema as a llama.cpp GBNF grammar that admits exactly the same JSON documents
 * minus the optional whitespace: the schemas here are objects of required enum-valued strings (and
 * {@code anyOf} of such objects), so every allowed document is written out. Generic JSON-schema
 * grammars let a small model spend most of its tokens on whitespace; on a CPU every token of
 * constrained decoding costs a grammar pass over the vocabulary, so fewer tokens is faster.
 * A schema outside that subset gives empty, and the caller uses the JSON schema itself.
 */
final class CompactGrammar {

    private CompactGrammar() {
    }

    static Optional<String> of(JsonNode schema) {
        try {
            return Optional.of("root ::= " + node(schema) + "\n");
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String node(JsonNode schema) {
        if (schema.has("anyOf")) {
            List<String> options = new ArrayList<>();
            schema.get("anyOf").forEach(option -> options.add(node(option)));
            return "(" + String.join(" | ", options) + ")";
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> {
                if (!v.isTextual() || !v.asText().matches("[A-Za-z0-9 _:.'-]*")) {
                    throw new IllegalArgumentException("enum value outside the compact subset: " + v);
                }
                values.add(literal("\"" + v.asText() + "\""));
            });
            return "(" + String.join(" | ", values) + ")";
        }
        if ("object".equals(schema.path("type").asText())) {
            List<String> parts = new ArrayList<>();
            parts.add(literal("{"));
            List<String> names = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(names::add);
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            if (!required.containsAll(names)) {
                throw new IllegalArgumentException("optional properties are outside the compact subset");
            }
            for (int i = 0; i < names.size(); i++) {
                parts.add(literal((i == 0 ? "" : ",") + "\"" + names.get(i) + "\":"));
                parts.add(node(schema.path("properties").get(names.get(i))));
            }
            parts.add(literal("}"));
            return String.join(" ", parts);
        }
        throw new IllegalArgumentException("schema outside the compact subset: " + schema);
    }

    private static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
