package guichet.app.web.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.inference.InvalidRequestException;
import guichet.inference.ResponseFormat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Function calling for any chat model, through the engine's JSON-schema constraint: the model is told the
 * functions and must write either {@code {"tool_calls": [{"name", "arguments"}, ...]}} or, when it may
 * choose ({@code tool_choice} "auto"), {@code {"content": "..."}}. The grammar makes every call name a
 * declared function with arguments that match its parameters' schema, whatever the model's size; how
 * well it chooses is the model's. See ADR 41.
 */
final class ToolCalling {

    /** Most calls one answer may make at once. */
    static final int MAX_PARALLEL_CALLS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** One declared function. */
    record Tool(String name, String description, JsonNode parameters) {
    }

    /** How the model may use the tools. */
    enum Mode { AUTO, REQUIRED, NAMED }

    /** A call the model made. */
    record Call(String id, String name, String arguments) {
    }

    /** What the model wrote: text or calls. */
    record Outcome(String content, List<Call> calls) {

        boolean called() {
            return !calls.isEmpty();
        }
    }

    private final List<Tool> tools;
    private final Mode mode;
    private final String named;
    private final boolean parallel;

    private ToolCalling(List<Tool> tools, Mode mode, String named, boolean parallel) {
        this.tools = tools;
        this.mode = mode;
        this.named = named;
        this.parallel = parallel;
    }

    /**
     * The tools of a request, or null when it offers none (no tools, or {@code tool_choice} "none").
     *
     * @throws InvalidRequestException naming {@code tools} or {@code tool_choice} for a malformed declaration
     */
    static ToolCalling of(JsonNode toolsNode, JsonNode choice, Boolean parallelToolCalls) {
        if (toolsNode == null || toolsNode.isNull() || (toolsNode.isArray() && toolsNode.isEmpty())) {
            if (choice != null && !choice.isNull() && !"none".equals(choice.asText()) && !"auto".equals(choice.asText())) {
                throw new InvalidRequestException("tool_choice needs tools", "tool_choice");
            }
            return null;
        }
        if (!toolsNode.isArray()) {
            throw new InvalidRequestException("tools must be a list of functions", "tools");
        }
        Map<String, Tool> tools = new LinkedHashMap<>();
        for (JsonNode tool : toolsNode) {
            JsonNode function = tool.path("function");
            if (!"function".equals(tool.path("type").asText()) || !function.isObject()) {
                throw new InvalidRequestException("each tool must be {\"type\": \"function\", \"function\": {...}}", "tools");
            }
            String name = function.path("name").asText("");
            if (!NAME.matcher(name).matches()) {
                throw new InvalidRequestException("a function name must be 1 to 64 letters, digits, _ or -: '" + name + "'",
                        "tools");
            }
            JsonNode parameters = function.path("parameters");
            if (parameters.isMissingNode() || parameters.isNull()) {
                parameters = NODES.objectNode().put("type", "object").set("properties", NODES.objectNode());
            } else if (!parameters.isObject()) {
                throw new InvalidRequestException("the parameters of " + name + " must be a JSON Schema object", "tools");
            }
            if (tools.put(name, new Tool(name, function.path("description").asText(""), parameters)) != null) {
                throw new InvalidRequestException("two functions are named " + name, "tools");
            }
        }
        boolean parallel = !Boolean.FALSE.equals(parallelToolCalls);
        if (choice == null || choice.isNull() || "auto".equals(choice.asText())) {
            return new ToolCalling(List.copyOf(tools.values()), Mode.AUTO, null, parallel);
        }
        if (choice.isTextual()) {
            return switch (choice.asText()) {
                case "none" -> null;
                case "required" -> new ToolCalling(List.copyOf(tools.values()), Mode.REQUIRED, null, parallel);
                default -> throw new InvalidRequestException("tool_choice must be none, auto, required or "
                        + "{\"type\": \"function\", \"function\": {\"name\": ...}}", "tool_choice");
            };
        }
        String name = choice.path("function").path("name").asText("");
        if (!tools.containsKey(name)) {
            throw new InvalidRequestException("tool_choice names the function '" + name + "', which tools does not declare",
                    "tool_choice");
        }
        return new ToolCalling(List.of(tools.get(name)), Mode.NAMED, name, false);
    }

    /** The instruction that tells the model what it may call and how to write a call. */
    String instructions() {
        StringBuilder text = new StringBuilder("You can call these functions:\n");
        for (Tool tool : tools) {
            text.append("- ").append(tool.name());
            if (!tool.description().isBlank()) {
                text.append(": ").append(tool.description());
            }
            text.append("\n  parameters (JSON Schema): ").append(tool.parameters()).append('\n');
        }
        text.append(switch (mode) {
            case AUTO -> "To call functions, reply {\"tool_calls\": [{\"name\": ..., \"arguments\": {...}}]}. "
                    + "To answer without calling one, reply {\"content\": \"your answer\"}. "
                    + "Once a function's result is in the conversation, use it to answer.";
            case REQUIRED -> "Reply {\"tool_calls\": [{\"name\": ..., \"arguments\": {...}}]}, calling at least one function.";
            case NAMED -> "Reply {\"tool_calls\": [{\"name\": \"" + named + "\", \"arguments\": {...}}]}.";
        });
        return text.toString();
    }

    /** The constraint on the model's output: a list of valid calls, or (auto) a text answer instead. */
    ResponseFormat format() {
        ArrayNode each = NODES.arrayNode();
        for (Tool tool : tools) {
            ObjectNode call = NODES.objectNode().put("type", "object");
            ObjectNode properties = call.putObject("properties");
            properties.putObject("name").put("const", tool.name());
            properties.set("arguments", tool.parameters());
            call.putArray("required").add("name").add("arguments");
            call.put("additionalProperties", false);
            each.add(call);
        }
        ObjectNode calls = NODES.objectNode().put("type", "object");
        ObjectNode list = calls.putObject("properties").putObject("tool_calls").put("type", "array")
                .put("minItems", 1).put("maxItems", parallel ? MAX_PARALLEL_CALLS : 1);
        if (each.size() == 1) {
            list.set("items", each.get(0));
        } else {
            list.putObject("items").set("anyOf", each);
        }
        calls.putArray("required").add("tool_calls");
        calls.put("additionalProperties", false);
        if (mode != Mode.AUTO) {
            return new ResponseFormat.JsonSchema(calls);
        }
        ObjectNode answer = NODES.objectNode().put("type", "object");
        answer.putObject("properties").putObject("content").put("type", "string");
        answer.putArray("required").add("content");
        answer.put("additionalProperties", false);
        ObjectNode either = NODES.objectNode();
        either.putArray("anyOf").add(calls).add(answer);
        return new ResponseFormat.JsonSchema(either);
    }

    /** Reads what the constrained model wrote; text that is not the expected JSON (cut short) is the answer. */
    Outcome read(String output) {
        JsonNode written;
        try {
            written = JSON.readTree(output);
        } catch (JsonProcessingException e) {
            return new Outcome(output, List.of());
        }
        if (written == null || !written.isObject()) {
            return new Outcome(output, List.of());
        }
        if (written.path("tool_calls").isArray() && !written.path("tool_calls").isEmpty()) {
            List<Call> calls = new ArrayList<>();
            for (JsonNode call : written.path("tool_calls")) {
                calls.add(new Call("call_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24),
                        call.path("name").asText(), call.path("arguments").toString()));
            }
            return new Outcome(null, calls);
        }
        return new Outcome(written.path("content").asText(output), List.of());
    }

    /**
     * An earlier assistant turn that called tools, as the model reads it back: the JSON it wrote.
     */
    static String asWritten(JsonNode toolCalls) {
        ArrayNode calls = NODES.arrayNode();
        for (JsonNode call : toolCalls) {
            ObjectNode written = calls.addObject().put("name", call.path("function").path("name").asText());
            String arguments = call.path("function").path("arguments").asText("{}");
            try {
                written.set("arguments", JSON.readTree(arguments));
            } catch (JsonProcessingException e) {
                written.put("arguments", arguments);
            }
        }
        ObjectNode turn = NODES.objectNode();
        turn.set("tool_calls", calls);
        return turn.toString();
    }
}
