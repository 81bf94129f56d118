package guichet.app.employment.agent;

import guichet.app.employment.agent.tools.Tool;
import guichet.app.employment.agent.tools.ToolContext;
import guichet.app.employment.summary.JourneySummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.ChatMessage;
import guichet.inference.ChatModel;
import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.OverloadedException;
import guichet.inference.ResponseFormat;
import guichet.inference.Sampling;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks the model which of the remaining planned calls to make next, under a JSON schema that
 * allows exactly those tools with their allowed arguments ({@code {"tool", "arguments"}}). The
 * answer is parsed and matched back to a planned call; output that does not match (or no model)
 * falls back to the first planned call, and the trace says so.
 */
final class ToolChooser {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_TOKENS_PER_CALL = 48;
    private static final int MAX_TOKENS = MAX_TOKENS_PER_CALL;

    private final Supplier<Optional<ChatModel>> chat;
    private final OverridableResources resources;
    private final Map<String, Tool> tools;
    private final Clock clock;

    ToolChooser(Supplier<Optional<ChatModel>> chat, OverridableResources resources, Map<String, Tool> tools, Clock clock) {
        this.chat = chat;
        this.resources = resources;
        this.tools = tools;
        this.clock = clock;
    }

    /** The chosen call, the arguments the model wrote, and the trace of the choice. */
    record Choice(ToolPlanner.Planned planned, JsonNode arguments, TraceEntry trace) {
    }

    Choice choose(List<ToolPlanner.Planned> remaining, String message, ToolContext context, int tokenBudget) {
        long start = clock.millis();
        ArrayNode options = JSON.createArrayNode();
        for (ToolPlanner.Planned planned : remaining) {
            ObjectNode option = options.addObject();
            option.put("type", "object");
            ObjectNode properties = option.putObject("properties");
            properties.putObject("tool").put("type", "string").putArray("enum").add(planned.tool());
            properties.set("arguments", tools.get(planned.tool()).argumentSchema(context, planned.arguments()));
            option.putArray("required").add("tool").add("arguments");
            option.put("additionalProperties", false);
        }
        ObjectNode schema = JSON.createObjectNode();
        schema.set("anyOf", options);
        if (remaining.size() == 1 && !hasChoice(options.get(0))) {
            // Nothing to choose: the planner fixed the tool and every argument. No model call (on a small
            // CPU model a schema-constrained call costs seconds), and the trace says why.
            ToolPlanner.Planned only = remaining.getFirst();
            return new Choice(only, defaults(only, context), new TraceEntry("choose_tool", clock.millis() - start, "forced",
                    "one planned call, arguments fixed: " + only.tool() + " " + only.arguments(), 0, 0, "", ""));
        }
        Optional<ChatModel> model = chat.get();
        if (model.isEmpty() || tokenBudget < MAX_TOKENS) {
            return fallback(remaining, context, start, model.isEmpty() ? "no model ready" : "token budget spent", 0, 0, "", "");
        }
        String system = resources.text("prompts/employment/agent/" + ("fr".equals(context.language()) ? "fr" : "en") + ".txt");
        String user = "Known situation: " + JourneySummary.situationLine(context.situation()) + "\nCitizen: " + message;
        ChatResult result;
        try {
            ResponseFormat format = "llama.cpp".equals(model.get().info().backend())
                    ? CompactGrammar.of(schema).<ResponseFormat>map(ResponseFormat.Grammar::new)
                            .orElseGet(() -> new ResponseFormat.JsonSchema(schema))
                    : new ResponseFormat.JsonSchema(schema);
            result = model.get().chat(ChatRequest.of(List.of(ChatMessage.system(system), ChatMessage.user(user)))
                    .withFormat(format)
                    .withSampling(Sampling.GREEDY.withMaxTokens(Math.min(MAX_TOKENS, tokenBudget))));
        } catch (OverloadedException e) {
            throw e;
        } catch (RuntimeException e) {
            return fallback(remaining, context, start, "model failed: " + e.getClass().getSimpleName(), 0, 0, "", "");
        }
        String modelId = model.get().info().id();
        String sha = model.get().info().sha256();
        try {
            JsonNode written = JSON.readTree(result.text());
            String tool = written.path("tool").asText();
            JsonNode arguments = written.path("arguments");
            for (ToolPlanner.Planned planned : remaining) {
                if (planned.tool().equals(tool) && matches(planned, arguments)) {
                    return new Choice(planned, arguments, new TraceEntry("choose_tool", clock.millis() - start, "model",
                            tool + " " + arguments, result.promptTokens(), result.completionTokens(), modelId, sha));
                }
            }
            return fallback(remaining, context, start, "model chose a call not planned: " + written, result.promptTokens(),
                    result.completionTokens(), modelId, sha);
        } catch (Exception e) {
            return fallback(remaining, context, start, "model output is not valid JSON", result.promptTokens(),
                    result.completionTokens(), modelId, sha);
        }
    }

    /** Whether a schema leaves the model anything to choose: an enum with more than one value. */
    static boolean hasChoice(JsonNode schema) {
        if (schema.isObject()) {
            JsonNode allowed = schema.get("enum");
            if (allowed != null && allowed.size() > 1) {
                return true;
            }
            for (JsonNode child : schema) {
                if (hasChoice(child)) {
                    return true;
                }
            }
        } else if (schema.isArray()) {
            for (JsonNode child : schema) {
                if (hasChoice(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The planned single-valued arguments (benefit, procedure) must be the ones written. */
    private static boolean matches(ToolPlanner.Planned planned, JsonNode arguments) {
        for (String key : List.of("benefit", "procedure")) {
            if (planned.arguments().has(key) && !planned.arguments().get(key).equals(arguments.get(key))) {
                return false;
            }
        }
        return true;
    }

    private Choice fallback(List<ToolPlanner.Planned> remaining, ToolContext context, long start, String why, int prompt, int completion,
                            String modelId, String sha) {
        ToolPlanner.Planned first = remaining.getFirst();
        return new Choice(first, defaults(first, context), new TraceEntry("choose_tool", clock.millis() - start, "fallback",
                why + "; planned " + first.tool(), prompt, completion, modelId, sha));
    }

    /** The planned arguments, completed with the first allowed value of each other required argument. */
    private JsonNode defaults(ToolPlanner.Planned planned, ToolContext context) {
        ObjectNode args = planned.arguments().deepCopy();
        JsonNode schema = tools.get(planned.tool()).argumentSchema(context, planned.arguments());
        schema.path("required").forEach(name -> {
            JsonNode allowed = schema.path("properties").path(name.asText()).path("enum");
            if (!args.has(name.asText()) && allowed.isArray() && !allowed.isEmpty()) {
                args.set(name.asText(), allowed.get(0));
            }
        });
        return args;
    }
}
