package guichet.app.employment.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.app.employment.agent.tools.Tool;

import java.util.Collection;

/** Small helpers for argument schemas and their checks. */
final class Schemas {

    static final ObjectMapper JSON = new ObjectMapper();

    private Schemas() {
    }

    static ObjectNode object() {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("type", "object");
        schema.putObject("properties");
        schema.put("additionalProperties", false);
        schema.putArray("required");
        return schema;
    }

    /** Adds a required string property limited to {@code values}. */
    static ObjectNode oneOf(ObjectNode schema, String name, Collection<String> values) {
        ArrayNode allowed = ((ObjectNode) schema.get("properties")).putObject(name).put("type", "string").putArray("enum");
        values.forEach(allowed::add);
        ((ArrayNode) schema.get("required")).add(name);
        return schema;
    }

    /** The string argument, which must be one of {@code values}. */
    static String require(JsonNode arguments, String name, Collection<String> values) {
        JsonNode value = arguments == null ? null : arguments.get(name);
        if (value == null || !value.isTextual() || !values.contains(value.asText())) {
            throw new Tool.InvalidArgumentsException(name + " must be one of " + values + ", was " + value);
        }
        return value.asText();
    }
}
