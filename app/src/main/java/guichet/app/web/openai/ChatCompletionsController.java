package guichet.app.web.openai;

import guichet.app.ask.Assistant;
import guichet.app.ask.api.AnswerRunner;
import guichet.app.ask.api.AnswerView;
import guichet.app.system.settings.ApiProperties;
import guichet.app.ask.api.Conversations;
import guichet.app.ask.api.EventStream;
import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.ask.pipeline.Turn;
import guichet.app.ask.store.ConversationStore.Conversation;
import guichet.app.system.errors.FailureProblems;
import guichet.app.system.errors.Problems;
import guichet.app.system.security.Caller;
import guichet.app.system.usage.ModelUsage;
import guichet.app.system.usage.UsageQuotas;
import guichet.inference.InvalidRequestException;
import guichet.inference.ResponseFormat;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/chat/completions}, OpenAI-compatible and grounded: the last user message is the
 * question, the earlier ones are the conversation; the question goes through the whole answer
 * pipeline in a conversation the API client owns, and the answer comes back in OpenAI's shape with
 * its sources in {@code guichet}.
 *
 * <p>A chat model's id as the model, or {@code "grounded": false}, sends the messages to the model as they
 * are ({@link DirectCompletions}); an API key limited to the assistant may not.
 *
 * <p>Streaming sends the answer once the output checks have passed it: a check may replace a draft,
 * and OpenAI clients cannot take back text they were sent. Until then the stream carries SSE
 * comments, which keep the connection open and stop the generation when the client has gone.
 */
@RestController
class ChatCompletionsController {

    private static final Pattern PIECES = Pattern.compile("(?<=\\s)");

    private final Conversations conversations;
    private final AnswerRunner runner;
    private final ServedModels models;
    private final ApiProperties properties;
    private final FailureProblems failures;
    private final DirectCompletions direct;
    private final Clock clock;
    private final UsageQuotas quotas;
    private final ModelUsage usage;

    ChatCompletionsController(Conversations conversations, AnswerRunner runner, ServedModels models,
                              ApiProperties properties, FailureProblems failures, DirectCompletions direct, Clock clock,
                              UsageQuotas quotas, ModelUsage usage) {
        this.quotas = quotas;
        this.usage = usage;
        this.conversations = conversations;
        this.runner = runner;
        this.models = models;
        this.properties = properties;
        this.failures = failures;
        this.direct = direct;
        this.clock = clock;
    }

    @PostMapping(path = "/v1/chat/completions")
    ResponseEntity<ResponseBodyEmitter> complete(@Valid @RequestBody ChatCompletionRequest request,
                                                 @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage,
                                                 @AuthenticationPrincipal Caller caller) throws IOException {
        models.requireChat(request.model());
        quotas.check(caller.id());
        if (!request.isGrounded()) {
            return direct.respond(request, caller);
        }
        refuseWhatTheAssistantCannotHonour(request, "response_format");
        List<ChatCompletionRequest.Message> messages = request.messages();
        ChatCompletionRequest.Message last = messages.getLast();
        if (!"user".equals(last.role())) {
            throw new InvalidRequestException("the last message must be the user's question, not a " + last.role()
                    + " message");
        }
        String question = last.text();
        Conversation conversation = conversation(request, acceptLanguage, caller);
        if (!request.streamed()) {
            Assistant.AnswerRecorded recorded = runner.answer(conversation.id(), question, conversation.language());
            record(caller, usage(recorded.answer()));
            ResponseBodyEmitter body = new ResponseBodyEmitter();
            body.send(completion(request.model(), recorded), MediaType.APPLICATION_JSON);
            body.complete();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        EventStream stream = new EventStream(properties.streamTimeout());
        CompletableFuture<Assistant.AnswerRecorded> answer = runner.stream(conversation.id(), question,
                conversation.language(), piece -> stream.ping());
        stream.finishWhen(answer, recorded -> {
            record(caller, usage(recorded.answer()));
            return chunks(request.model(), recorded, request.includeUsage());
        }, this::errorEvents);
        return ResponseEntity.ok().body(stream.handOver(properties.streamStartWait()));
    }

    /**
     * The assistant writes one grounded answer in prose: a request for another shape, several choices,
     * token probabilities or tool calls is refused rather than answered differently from what was asked.
     *
     * @param formatParam the parameter that asks for a shape in this API ({@code response_format}, {@code text})
     */
    static void refuseWhatTheAssistantCannotHonour(ChatCompletionRequest request, String formatParam) {
        if (!(request.format() instanceof ResponseFormat.Text)) {
            throw new InvalidRequestException("the assistant answers in prose with its sources; for JSON output use a "
                    + "chat model's id (see /v1/models)", formatParam);
        }
        if (request.choices() > 1) {
            throw new InvalidRequestException("the assistant gives one grounded answer: ask for n=1", "n");
        }
        if (Boolean.TRUE.equals(request.logprobs())) {
            throw new InvalidRequestException("the assistant does not give token log probabilities: leave out logprobs",
                    "logprobs");
        }
        if (request.offersTools()) {
            throw new InvalidRequestException("the assistant does not call tools: leave out tools or use a chat model's id",
                    "tools");
        }
    }

    private Conversation conversation(ChatCompletionRequest request, String acceptLanguage, Caller caller) {
        if (request.conversationId() != null && !request.conversationId().isBlank()) {
            return conversations.require(caller, request.conversationId());
        }
        String language = request.language() != null ? request.language()
                : acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
        Conversation conversation = conversations.start(caller, language);
        conversations.importTurns(conversation, earlierTurns(request.messages()));
        return conversation;
    }

    /** The user/assistant exchanges before the question; system and tool messages are left out. */
    static List<Turn> earlierTurns(List<ChatCompletionRequest.Message> messages) {
        List<Turn> turns = new ArrayList<>();
        String pendingQuestion = null;
        for (ChatCompletionRequest.Message message : messages.subList(0, messages.size() - 1)) {
            switch (message.role()) {
                case "user" -> pendingQuestion = pendingQuestion == null ? message.text()
                        : pendingQuestion + "\n" + message.text();
                case "assistant" -> {
                    if (pendingQuestion != null) {
                        turns.add(new Turn(pendingQuestion, message.text()));
                        pendingQuestion = null;
                    }
                }
                default -> {
                    // system, developer, tool: Guichet's own instructions apply
                }
            }
        }
        return turns;
    }

    private ChatCompletion completion(String model, Assistant.AnswerRecorded recorded) {
        Answer answer = recorded.answer();
        return new ChatCompletion(id(recorded), ChatCompletion.OBJECT, clock.instant().getEpochSecond(),
                modelName(model, answer), List.of(new ChatCompletion.Choice(0,
                new ChatCompletion.Message("assistant", answer.text(), null), "stop", null)),
                usage(answer), grounding(recorded));
    }

    private void record(Caller caller, ChatCompletion.Usage used) {
        usage.record(caller.id(), ServedModels.ASSISTANT, used.promptTokens(), used.completionTokens());
    }

    /** Model tokens read and written over every stage of the answer that used the model. */
    static ChatCompletion.Usage usage(Answer answer) {
        int prompt = answer.trace().stream().mapToInt(TraceEntry::promptTokens).sum();
        int completion = answer.trace().stream().mapToInt(TraceEntry::completionTokens).sum();
        return new ChatCompletion.Usage(prompt, completion, prompt + completion);
    }

    private SseEmitter.SseEventBuilder[] chunks(String model, Assistant.AnswerRecorded recorded, boolean includeUsage) {
        Answer answer = recorded.answer();
        String id = id(recorded);
        long created = clock.instant().getEpochSecond();
        String name = modelName(model, answer);
        List<SseEmitter.SseEventBuilder> events = new ArrayList<>();
        events.add(chunk(new ChatCompletion.Chunk(id, ChatCompletion.Chunk.OBJECT, created, name, List.of(
                new ChatCompletion.ChunkChoice(0, new ChatCompletion.Delta("assistant", ""), null, null)), null)));
        for (String piece : PIECES.split(answer.text())) {
            if (!piece.isEmpty()) {
                events.add(chunk(new ChatCompletion.Chunk(id, ChatCompletion.Chunk.OBJECT, created, name, List.of(
                        new ChatCompletion.ChunkChoice(0, new ChatCompletion.Delta(null, piece), null, null)), null)));
            }
        }
        events.add(chunk(new ChatCompletion.Chunk(id, ChatCompletion.Chunk.OBJECT, created, name, List.of(
                new ChatCompletion.ChunkChoice(0, new ChatCompletion.Delta(null, null), "stop", null)),
                grounding(recorded))));
        if (includeUsage) {
            events.add(chunk(ChatCompletion.Chunk.usage(id, created, name, usage(answer))));
        }
        events.add(SseEmitter.event().data("[DONE]"));
        return events.toArray(SseEmitter.SseEventBuilder[]::new);
    }

    private SseEmitter.SseEventBuilder[] errorEvents(Throwable error) {
        ProblemDetail problem = failures.inStream(error);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", problem.getDetail());
        body.put("type", problem.getStatus() >= 500 ? "server_error" : "invalid_request_error");
        body.put("code", Problems.code(problem));
        return new SseEmitter.SseEventBuilder[] {
                SseEmitter.event().data(Map.of("error", body), MediaType.APPLICATION_JSON)};
    }

    private static SseEmitter.SseEventBuilder chunk(ChatCompletion.Chunk chunk) {
        return SseEmitter.event().data(chunk, MediaType.APPLICATION_JSON);
    }

    private static ChatCompletion.Grounding grounding(Assistant.AnswerRecorded recorded) {
        AnswerView view = AnswerView.of(recorded);
        return new ChatCompletion.Grounding(view.status(), view.language(), view.sources(), recorded.conversationId(),
                recorded.messageId());
    }

    private static String id(Assistant.AnswerRecorded recorded) {
        return "chatcmpl-" + recorded.messageId();
    }

    /** The name the client asked for, or the chat model's id when it asked for the assistant by its model. */
    private static String modelName(String requested, Answer answer) {
        return ServedModels.ASSISTANT.equals(requested) || answer.modelId().isBlank() ? requested : answer.modelId();
    }
}
