package guichet.app.web.openai;

import guichet.app.system.settings.ApiProperties;
import guichet.app.ask.api.EventStream;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.errors.FailureProblems;
import guichet.app.system.errors.Problems;
import guichet.app.system.security.Caller;
import guichet.app.system.usage.ModelUsage;
import guichet.inference.ChatMessage;
import guichet.inference.ChatModel;
import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.FinishReason;
import guichet.inference.Generation;
import guichet.inference.InvalidRequestException;
import guichet.inference.ResponseFormat;
import guichet.inference.Sampling;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Raw completions: a chat model's id as the model (or {@code "grounded": false}) sends the client's
 * messages to the chat model as they are, with its sampling settings, penalties and output format
 * (JSON enforced by the engine's grammar), and the text streams as it is written. Nothing is
 * retrieved, checked or stored; the engine's slots and queue still apply.
 */
@Component
class DirectCompletions {

    private static final int DEFAULT_MAX_TOKENS = 512;

    private final InferenceRuntime runtime;
    private final ApiProperties properties;
    private final FailureProblems failures;
    private final Clock clock;
    private final ModelUsage usage;

    DirectCompletions(InferenceRuntime runtime, ApiProperties properties, FailureProblems failures, Clock clock,
                      ModelUsage usage) {
        this.usage = usage;
        this.runtime = runtime;
        this.properties = properties;
        this.failures = failures;
        this.clock = clock;
    }

    /** A raw request checked and ready for the engine: the model, its messages and output constraint, any tools. */
    record Plan(ChatModel chat, ChatRequest request, ToolCalling tools, String model, int choices) {
    }

    /** What the model wrote for a plan, with the tokens it read and wrote. */
    record Completed(List<ChatCompletion.Choice> choices, int promptTokens, int completionTokens) {
    }

    /**
     * Checks a raw request, and that {@code caller}'s key may use the models raw, and prepares it for the engine.
     *
     * @throws InvalidRequestException naming the parameter that cannot be honoured
     */
    Plan plan(ChatCompletionRequest request, Caller caller) {
        if (caller.assistantOnly()) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "model_not_allowed",
                    "Model not allowed", "This API key may use the assistant only: use the model \""
                            + ServedModels.ASSISTANT + "\"."), null);
        }
        if (!properties.allowUngrounded()) {
            throw new InvalidRequestException("raw completions are turned off here (guichet.api.allow-ungrounded): "
                    + "use the model \"" + ServedModels.ASSISTANT + "\"", "model");
        }
        if (Boolean.TRUE.equals(request.logprobs())) {
            throw new InvalidRequestException("token log probabilities are not available from this engine yet: "
                    + "leave out logprobs", "logprobs");
        }
        if (request.streamed() && request.choices() > 1) {
            throw new InvalidRequestException("a stream carries one choice here: ask for n=1 or do not stream", "n");
        }
        ToolCalling tools = ToolCalling.of(request.tools(), request.toolChoice(), request.parallelToolCalls());
        if (tools != null && !(request.format() instanceof ResponseFormat.Text)) {
            throw new InvalidRequestException("an answer either calls tools or follows response_format, not both",
                    "response_format");
        }
        ChatModel chat = runtime.chat();
        return new Plan(chat, chatRequest(request, tools), tools, chat.info().id(), request.choices());
    }

    /** Runs a plan to the end, one draw per choice, and counts its tokens against {@code keyId}. */
    Completed complete(Plan plan, String keyId) {
        List<ChatCompletion.Choice> choices = new ArrayList<>();
        int prompt = 0;
        int completion = 0;
        for (int i = 0; i < plan.choices(); i++) {
            // each further choice its own draw: the same seed would give the same text again
            ChatRequest draw = i == 0 ? plan.request() : plan.request().withSampling(
                    plan.request().sampling().withSeed((plan.request().sampling().seed() + i) & 0xFFFF_FFFFL));
            ChatResult result = plan.chat().chat(draw);
            choices.add(choice(i, result, plan.tools()));
            prompt = result.promptTokens();
            completion += result.completionTokens();
        }
        usage.record(keyId, plan.model(), prompt, completion);
        return new Completed(choices, prompt, completion);
    }

    /** Counts a finished generation of a plan against {@code keyId}. */
    void record(Plan plan, ChatResult result, String keyId) {
        usage.record(keyId, plan.model(), result.promptTokens(), result.completionTokens());
    }

    /** @param caller the API key the tokens are counted against */
    ResponseEntity<ResponseBodyEmitter> respond(ChatCompletionRequest request, Caller caller) throws IOException {
        String keyId = caller.id();
        Plan plan = plan(request, caller);
        ChatModel chat = plan.chat();
        ChatRequest chatRequest = plan.request();
        ToolCalling tools = plan.tools();
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = clock.instant().getEpochSecond();
        String model = plan.model();
        if (!request.streamed()) {
            Completed completed = complete(plan, keyId);
            int prompt = completed.promptTokens();
            int completion = completed.completionTokens();
            ResponseBodyEmitter body = new ResponseBodyEmitter();
            body.send(new ChatCompletion(id, ChatCompletion.OBJECT, created, model, completed.choices(),
                    new ChatCompletion.Usage(prompt, completion, prompt + completion), ungrounded()), MediaType.APPLICATION_JSON);
            body.complete();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        EventStream stream = new EventStream(properties.streamTimeout());
        if (tools != null) {
            return streamWithTools(request, keyId, chat.generate(chatRequest, piece -> stream.ping()), stream, tools,
                    id, created, model);
        }
        boolean[] roleSent = {false};
        Generation generation = chat.generate(chatRequest, piece -> {
            if (!roleSent[0]) {
                roleSent[0] = true;
                stream.send(chunk(id, created, model, new ChatCompletion.Delta("assistant", ""), null, null));
            }
            stream.send(chunk(id, created, model, new ChatCompletion.Delta(null, piece), null, null));
        });
        stream.finishWhen(generation.result(), result -> {
            usage.record(keyId, model, result.promptTokens(), result.completionTokens());
            List<SseEmitter.SseEventBuilder> events = new ArrayList<>();
            return ending(events, request, result, finishReason(result.finishReason()), id, created, model);
        }, this::errorEvents);
        return ResponseEntity.ok().body(stream.handOver(properties.streamStartWait()));
    }

    /**
     * With tools the whole answer is written before it is sent, as one delta: a call is only a call once
     * its JSON is complete. The stream carries comments meanwhile.
     */
    private ResponseEntity<ResponseBodyEmitter> streamWithTools(ChatCompletionRequest request, String keyId,
                                                                Generation generation, EventStream stream,
                                                                ToolCalling tools, String id, long created, String model) {
        stream.finishWhen(generation.result(), result -> {
            usage.record(keyId, model, result.promptTokens(), result.completionTokens());
            ChatCompletion.Choice choice = choice(0, result, tools);
            List<SseEmitter.SseEventBuilder> events = new ArrayList<>();
            List<ChatCompletion.ToolCall> calls = choice.message().toolCalls();
            List<ChatCompletion.ToolCallDelta> deltas = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                deltas.add(new ChatCompletion.ToolCallDelta(i, calls.get(i).id(), "function", calls.get(i).function()));
            }
            events.add(chunk(id, created, model, new ChatCompletion.Delta("assistant", calls.isEmpty()
                    ? choice.message().content() : null, deltas.isEmpty() ? null : deltas), null, null));
            return ending(events, request, result, choice.finishReason(), id, created, model);
        }, this::errorEvents);
        return ResponseEntity.ok().body(stream.handOver(properties.streamStartWait()));
    }

    /** The events that end a stream: the finish reason, the usage when it was asked for, and [DONE]. */
    private static SseEmitter.SseEventBuilder[] ending(List<SseEmitter.SseEventBuilder> events,
                                                       ChatCompletionRequest request, ChatResult result,
                                                       String finishReason, String id, long created, String model) {
        events.add(chunk(id, created, model, new ChatCompletion.Delta(null, null), finishReason, ungrounded()));
        if (request.includeUsage()) {
            events.add(SseEmitter.event().data(ChatCompletion.Chunk.usage(id, created, model, new ChatCompletion.Usage(
                    result.promptTokens(), result.completionTokens(), result.promptTokens() + result.completionTokens())),
                    MediaType.APPLICATION_JSON));
        }
        events.add(SseEmitter.event().data("[DONE]"));
        return events.toArray(SseEmitter.SseEventBuilder[]::new);
    }

    /** One choice: the model's text, or the calls it made when it was given tools. */
    static ChatCompletion.Choice choice(int index, ChatResult result, ToolCalling tools) {
        if (tools == null) {
            return new ChatCompletion.Choice(index, new ChatCompletion.Message("assistant", result.text(), null),
                    finishReason(result.finishReason()), null);
        }
        ToolCalling.Outcome outcome = tools.read(result.text());
        if (outcome.called()) {
            return new ChatCompletion.Choice(index, new ChatCompletion.Message("assistant", null, null,
                    outcome.calls().stream().map(ChatCompletion.ToolCall::of).toList()), "tool_calls", null);
        }
        return new ChatCompletion.Choice(index, new ChatCompletion.Message("assistant", outcome.content(), null),
                finishReason(result.finishReason()), null);
    }

    private static ChatRequest chatRequest(ChatCompletionRequest request, ToolCalling tools) {
        List<ChatMessage> messages = new ArrayList<>();
        for (ChatCompletionRequest.Message message : request.messages()) {
            messages.add(switch (message.role()) {
                case "system", "developer" -> ChatMessage.system(message.text());
                case "user" -> ChatMessage.user(message.text());
                case "assistant" -> message.toolCalls() != null && message.toolCalls().isArray()
                        && !message.toolCalls().isEmpty()
                        ? ChatMessage.assistant(ToolCalling.asWritten(message.toolCalls()))
                        : ChatMessage.assistant(message.text());
                // chat templates without a tool role read a function's result as the next user turn
                case "tool" -> ChatMessage.user("Result of the function call " + message.toolCallId() + ": "
                        + message.text());
                default -> throw new InvalidRequestException("messages with role " + message.role()
                        + " are not supported", "messages");
            });
        }
        Sampling sampling = new Sampling(request.temperature() == null ? 1.0 : request.temperature(),
                request.topP() == null ? 1.0 : request.topP(),
                request.seed() == null ? ThreadLocalRandom.current().nextLong(0x1_0000_0000L) : request.seed(),
                request.tokenBudget() == null ? DEFAULT_MAX_TOKENS : request.tokenBudget());
        ResponseFormat format = tools != null ? tools.format() : request.format();
        String instructions = tools != null ? tools.instructions()
                : format instanceof ResponseFormat.JsonSchema schema ? jsonInstructions(schema) : null;
        if (instructions != null) {
            int afterSystem = 0;
            while (afterSystem < messages.size() && messages.get(afterSystem).role() == ChatMessage.Role.SYSTEM) {
                afterSystem++;
            }
            messages.add(afterSystem, ChatMessage.system(instructions));
        }
        return ChatRequest.of(mergeSystem(messages)).withSampling(sampling).withStop(request.stopStrings())
                .withFormat(format).withPenalties(request.penalties());
    }

    /**
     * The grammar makes the output valid whatever the model; telling the model the schema too lets it fill
     * the fields with what the messages say, and compact JSON leaves the token budget for the values.
     */
    private static String jsonInstructions(ResponseFormat.JsonSchema format) {
        return "Reply with JSON only, compact on one line, matching this JSON Schema: " + format.schema();
    }

    /** Consecutive system messages at the start as one: some chat templates take a single system turn. */
    private static List<ChatMessage> mergeSystem(List<ChatMessage> messages) {
        if (messages.size() < 2 || messages.get(0).role() != ChatMessage.Role.SYSTEM
                || messages.get(1).role() != ChatMessage.Role.SYSTEM) {
            return messages;
        }
        List<ChatMessage> merged = new ArrayList<>();
        StringBuilder system = new StringBuilder();
        int i = 0;
        for (; i < messages.size() && messages.get(i).role() == ChatMessage.Role.SYSTEM; i++) {
            system.append(system.isEmpty() ? "" : "\n\n").append(messages.get(i).content());
        }
        merged.add(ChatMessage.system(system.toString()));
        merged.addAll(messages.subList(i, messages.size()));
        return merged;
    }

    private SseEmitter.SseEventBuilder[] errorEvents(Throwable error) {
        ProblemDetail problem = failures.inStream(error);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", problem.getDetail());
        body.put("type", problem.getStatus() >= 500 ? "server_error" : "invalid_request_error");
        body.put("code", Problems.code(problem));
        return new SseEmitter.SseEventBuilder[] {SseEmitter.event().data(Map.of("error", body), MediaType.APPLICATION_JSON)};
    }

    private static SseEmitter.SseEventBuilder chunk(String id, long created, String model, ChatCompletion.Delta delta,
                                                    String finishReason, ChatCompletion.Grounding grounding) {
        return SseEmitter.event().data(new ChatCompletion.Chunk(id, ChatCompletion.Chunk.OBJECT, created, model,
                List.of(new ChatCompletion.ChunkChoice(0, delta, finishReason, null)), grounding), MediaType.APPLICATION_JSON);
    }

    private static ChatCompletion.Grounding ungrounded() {
        return new ChatCompletion.Grounding("ungrounded", null, List.of(), null, null);
    }

    private static String finishReason(FinishReason reason) {
        return reason == FinishReason.LENGTH ? "length" : "stop";
    }
}
