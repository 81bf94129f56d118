package guichet.app.web.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import guichet.app.ask.Assistant;
import guichet.app.ask.api.AnswerRunner;
import guichet.app.ask.api.AnswerView;
import guichet.app.ask.api.Conversations;
import guichet.app.ask.api.EventStream;
import guichet.app.ask.store.ConversationStore.Conversation;
import guichet.app.system.errors.FailureProblems;
import guichet.app.system.errors.Problems;
import guichet.app.system.security.Caller;
import guichet.app.system.settings.ApiProperties;
import guichet.app.system.usage.ModelUsage;
import guichet.app.system.usage.UsageQuotas;
import guichet.inference.FinishReason;
import guichet.inference.Generation;
import guichet.inference.InvalidRequestException;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code POST /v1/responses}, OpenAI's Responses API, the one newer SDKs and agents use: the same models
 * as the chat completions (the assistant {@code guichet}, whose sources come back as {@code url_citation}
 * annotations, or a chat model raw with {@code text.format} and function tools), in the response shape
 * and its streaming events. Nothing is stored for a raw model; the assistant keeps its conversation.
 */
@RestController
class ResponsesController {

    private final DirectCompletions direct;
    private final ServedModels models;
    private final UsageQuotas quotas;
    private final ModelUsage usage;
    private final Conversations conversations;
    private final AnswerRunner runner;
    private final ApiProperties properties;
    private final FailureProblems failures;
    private final Clock clock;

    ResponsesController(DirectCompletions direct, ServedModels models, UsageQuotas quotas, ModelUsage usage,
                        Conversations conversations, AnswerRunner runner, ApiProperties properties,
                        FailureProblems failures, Clock clock) {
        this.direct = direct;
        this.models = models;
        this.quotas = quotas;
        this.usage = usage;
        this.conversations = conversations;
        this.runner = runner;
        this.properties = properties;
        this.failures = failures;
        this.clock = clock;
    }

    @PostMapping(path = "/v1/responses")
    ResponseEntity<ResponseBodyEmitter> respond(@Valid @RequestBody ResponsesRequest request,
                                                @AuthenticationPrincipal Caller caller) throws IOException {
        models.requireChat(request.model());
        quotas.check(caller.id());
        ChatCompletionRequest chat = request.asChatCompletion();
        if (chat.isGrounded()) {
            return assistant(request, chat, caller);
        }
        DirectCompletions.Plan plan = direct.plan(chat, caller);
        Shape shape = new Shape(request, "resp_" + UUID.randomUUID().toString().replace("-", ""),
                clock.instant().getEpochSecond(), plan.model());
        if (!request.streamed()) {
            DirectCompletions.Completed completed = direct.complete(plan, caller.id());
            ChatCompletion.Choice choice = completed.choices().getFirst();
            return json(shape.done(output(choice), incomplete(choice.finishReason()),
                    ResponseObject.Usage.of(completed.promptTokens(), completed.completionTokens()), null));
        }
        EventStream stream = new EventStream(properties.streamTimeout());
        Events events = new Events(stream, shape);
        events.started();
        Generation generation;
        if (plan.tools() == null) {
            String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
            events.textStarted(messageId);
            generation = plan.chat().generate(plan.request(), piece -> events.delta(messageId, piece));
            stream.finishWhen(generation.result(), result -> {
                direct.record(plan, result, caller.id());
                ResponseObject.Message message = ResponseObject.Message.of(messageId, "completed",
                        List.of(ResponseObject.OutputText.of(result.text(), List.of())));
                return events.textDone(message, shape.done(List.of(message), incomplete(result.finishReason()),
                        ResponseObject.Usage.of(result.promptTokens(), result.completionTokens()), null));
            }, this::errorEvents);
        } else {
            generation = plan.chat().generate(plan.request(), piece -> stream.ping());
            stream.finishWhen(generation.result(), result -> {
                direct.record(plan, result, caller.id());
                List<Object> output = output(DirectCompletions.choice(0, result, plan.tools()));
                return events.whole(output, shape.done(output, incomplete(result.finishReason()),
                        ResponseObject.Usage.of(result.promptTokens(), result.completionTokens()), null));
            }, this::errorEvents);
        }
        return ResponseEntity.ok().body(stream.handOver(properties.streamStartWait()));
    }

    /** The grounded assistant: one answer with its sources, as a message whose citations are annotations. */
    private ResponseEntity<ResponseBodyEmitter> assistant(ResponsesRequest request, ChatCompletionRequest chat,
                                                          Caller caller) throws IOException {
        ChatCompletionsController.refuseWhatTheAssistantCannotHonour(chat, "text");
        ChatCompletionRequest.Message last = chat.messages().getLast();
        if (!"user".equals(last.role())) {
            throw new InvalidRequestException("the last input item must be the user's question", "input");
        }
        String language = request.language() != null ? request.language() : "en";
        Conversation conversation = conversations.start(caller, language);
        conversations.importTurns(conversation, ChatCompletionsController.earlierTurns(chat.messages()));
        Shape shape = new Shape(request, "resp_" + UUID.randomUUID().toString().replace("-", ""),
                clock.instant().getEpochSecond(), ServedModels.ASSISTANT);
        if (!request.streamed()) {
            Assistant.AnswerRecorded recorded = runner.answer(conversation.id(), last.text(), conversation.language());
            return json(assistantResponse(shape, recorded, caller));
        }
        EventStream stream = new EventStream(properties.streamTimeout());
        Events events = new Events(stream, shape);
        events.started();
        CompletableFuture<Assistant.AnswerRecorded> answer = runner.stream(conversation.id(), last.text(),
                conversation.language(), piece -> stream.ping());
        stream.finishWhen(answer, recorded -> {
            ResponseObject response = assistantResponse(shape, recorded, caller);
            return events.whole(response.output(), response);
        }, this::errorEvents);
        return ResponseEntity.ok().body(stream.handOver(properties.streamStartWait()));
    }

    private ResponseObject assistantResponse(Shape shape, Assistant.AnswerRecorded recorded, Caller caller) {
        AnswerView view = AnswerView.of(recorded);
        String text = recorded.answer().text();
        List<ResponseObject.Citation> citations = view.sources().stream().map(source -> new ResponseObject.Citation(
                "url_citation", 0, text.length(), source.url(), source.title())).toList();
        ChatCompletion.Usage used = ChatCompletionsController.usage(recorded.answer());
        int prompt = used.promptTokens();
        int completion = used.completionTokens();
        usage.record(caller.id(), ServedModels.ASSISTANT, prompt, completion);
        ResponseObject.Message message = ResponseObject.Message.of("msg_" + recorded.messageId(), "completed",
                List.of(ResponseObject.OutputText.of(text, citations)));
        return shape.done(List.of(message), null, ResponseObject.Usage.of(prompt, completion),
                new ChatCompletion.Grounding(view.status(), view.language(), view.sources(), recorded.conversationId(),
                        recorded.messageId()));
    }

    /** The output items of a choice: its message, or its function calls. */
    private static List<Object> output(ChatCompletion.Choice choice) {
        if (!choice.message().toolCalls().isEmpty()) {
            return choice.message().toolCalls().stream().<Object>map(call -> new ResponseObject.FunctionCall(
                    "function_call", "fc_" + call.id().substring("call_".length()), call.id(), call.function().name(),
                    call.function().arguments(), "completed")).toList();
        }
        return List.of(ResponseObject.Message.of("msg_" + UUID.randomUUID().toString().replace("-", ""), "completed",
                List.of(ResponseObject.OutputText.of(choice.message().content(), List.of()))));
    }

    private static ResponseObject.IncompleteDetails incomplete(String finishReason) {
        return "length".equals(finishReason) ? new ResponseObject.IncompleteDetails("max_output_tokens") : null;
    }

    private static ResponseObject.IncompleteDetails incomplete(FinishReason reason) {
        return reason == FinishReason.LENGTH ? new ResponseObject.IncompleteDetails("max_output_tokens") : null;
    }

    private static ResponseEntity<ResponseBodyEmitter> json(ResponseObject response) throws IOException {
        ResponseBodyEmitter body = new ResponseBodyEmitter();
        body.send(response, MediaType.APPLICATION_JSON);
        body.complete();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private SseEmitter.SseEventBuilder[] errorEvents(Throwable error) {
        ProblemDetail problem = failures.inStream(error);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "error");
        body.put("code", Problems.code(problem));
        body.put("message", problem.getDetail());
        body.put("param", null);
        return new SseEmitter.SseEventBuilder[] {SseEmitter.event().name("error").data(body, MediaType.APPLICATION_JSON)};
    }

    /** What every response of one request repeats: its id, time, model and the settings it was asked with. */
    private record Shape(ResponsesRequest request, String id, long createdAt, String model) {

        ResponseObject inProgress() {
            return build("in_progress", List.of(), null, null, null);
        }

        ResponseObject done(List<Object> output, ResponseObject.IncompleteDetails incomplete, ResponseObject.Usage usage,
                            ChatCompletion.Grounding grounding) {
            return build(incomplete == null ? "completed" : "incomplete", output, incomplete, usage, grounding);
        }

        private ResponseObject build(String status, List<Object> output, ResponseObject.IncompleteDetails incomplete,
                                     ResponseObject.Usage usage, ChatCompletion.Grounding grounding) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            JsonNode format = request.text() != null && request.text().has("format") ? request.text().get("format")
                    : nodes.objectNode().put("type", "text");
            return new ResponseObject(id, ResponseObject.OBJECT, createdAt, status, null, incomplete,
                    request.instructions(), request.maxOutputTokens(),
                    request.metadata() != null ? request.metadata() : nodes.objectNode(), model, output,
                    !Boolean.FALSE.equals(request.parallelToolCalls()),
                    request.temperature() != null ? request.temperature() : 1.0,
                    request.toolChoice() != null ? request.toolChoice() : nodes.textNode("auto"),
                    request.tools() != null ? request.tools() : nodes.arrayNode(),
                    request.topP() != null ? request.topP() : 1.0, new ResponseObject.Text(format), usage, grounding);
        }
    }

    /** The Responses API's streaming events, numbered in order. */
    private static final class Events {

        private final EventStream stream;
        private final Shape shape;
        private final AtomicInteger sequence = new AtomicInteger();

        Events(EventStream stream, Shape shape) {
            this.stream = stream;
            this.shape = shape;
        }

        void started() throws IOException {
            stream.send(event("response.created", Map.of("response", shape.inProgress())));
        }

        void textStarted(String messageId) throws IOException {
            stream.send(event("response.output_item.added", Map.of("output_index", 0,
                    "item", ResponseObject.Message.of(messageId, "in_progress", List.of()))));
            stream.send(event("response.content_part.added", Map.of("item_id", messageId, "output_index", 0,
                    "content_index", 0, "part", ResponseObject.OutputText.of("", List.of()))));
        }

        void delta(String messageId, String piece) throws IOException {
            if (!piece.isEmpty()) {
                stream.send(event("response.output_text.delta", Map.of("item_id", messageId, "output_index", 0,
                        "content_index", 0, "delta", piece, "logprobs", List.of())));
            }
        }

        /** The end of a message streamed piece by piece. */
        SseEmitter.SseEventBuilder[] textDone(ResponseObject.Message message, ResponseObject response) {
            ResponseObject.OutputText text = message.content().getFirst();
            return new SseEmitter.SseEventBuilder[] {
                    event("response.output_text.done", Map.of("item_id", message.id(), "output_index", 0,
                            "content_index", 0, "text", text.text(), "logprobs", List.of())),
                    event("response.content_part.done", Map.of("item_id", message.id(), "output_index", 0,
                            "content_index", 0, "part", text)),
                    event("response.output_item.done", Map.of("output_index", 0, "item", message)),
                    event("response.completed", Map.of("response", response))};
        }

        /** Output known only once complete (function calls, the checked answer), sent item by item. */
        SseEmitter.SseEventBuilder[] whole(List<Object> output, ResponseObject response) {
            List<SseEmitter.SseEventBuilder> events = new ArrayList<>();
            for (int index = 0; index < output.size(); index++) {
                Object item = output.get(index);
                events.add(event("response.output_item.added", Map.of("output_index", index, "item", item)));
                if (item instanceof ResponseObject.Message message) {
                    ResponseObject.OutputText text = message.content().getFirst();
                    events.add(event("response.content_part.added", Map.of("item_id", message.id(),
                            "output_index", index, "content_index", 0, "part", ResponseObject.OutputText.of("", List.of()))));
                    events.add(event("response.output_text.delta", Map.of("item_id", message.id(), "output_index", index,
                            "content_index", 0, "delta", text.text(), "logprobs", List.of())));
                    events.add(event("response.output_text.done", Map.of("item_id", message.id(), "output_index", index,
                            "content_index", 0, "text", text.text(), "logprobs", List.of())));
                    events.add(event("response.content_part.done", Map.of("item_id", message.id(),
                            "output_index", index, "content_index", 0, "part", text)));
                } else if (item instanceof ResponseObject.FunctionCall call) {
                    events.add(event("response.function_call_arguments.done", Map.of("item_id", call.id(),
                            "output_index", index, "arguments", call.arguments())));
                }
                events.add(event("response.output_item.done", Map.of("output_index", index, "item", item)));
            }
            events.add(event("response.completed", Map.of("response", response)));
            return events.toArray(SseEmitter.SseEventBuilder[]::new);
        }

        private SseEmitter.SseEventBuilder event(String type, Map<String, Object> fields) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("type", type);
            data.put("sequence_number", sequence.getAndIncrement());
            data.putAll(fields);
            return SseEmitter.event().name(type).data(data, MediaType.APPLICATION_JSON);
        }
    }
}
