package guichet.app.web.openai;

import guichet.app.system.settings.ApiProperties;
import guichet.app.ask.api.EventStream;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.errors.FailureProblems;
import guichet.app.system.errors.Problems;
import guichet.inference.ChatMessage;
import guichet.inference.ChatModel;
import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.FinishReason;
import guichet.inference.Generation;
import guichet.inference.InvalidRequestException;
import guichet.inference.Sampling;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
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
 * Ungrounded completions ({@code "grounded": false}): the client's messages go to the chat model as
 * they are, with its sampling settings, and the text streams as it is written. Nothing is
 * retrieved, checked or stored; the engine's slots and queue still apply.
 */
@Component
class DirectCompletions {

    private static final int DEFAULT_MAX_TOKENS = 512;

    private final InferenceRuntime runtime;
    private final ApiProperties properties;
    private final FailureProblems failures;
    private final Clock clock;

    DirectCompletions(InferenceRuntime runtime, ApiProperties properties, FailureProblems failures, Clock clock) {
        this.runtime = runtime;
        this.properties = properties;
        this.failures = failures;
        this.clock = clock;
    }

    ResponseEntity<ResponseBodyEmitter> respond(ChatCompletionRequest request) throws IOException {
        if (!properties.allowUngrounded()) {
            throw new InvalidRequestException("ungrounded completions are turned off here (guichet.api.allow-ungrounded)");
        }
        ChatModel chat = runtime.chat();
        ChatRequest chatRequest = chatRequest(request);
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = clock.instant().getEpochSecond();
        String model = chat.info().id();
        if (!request.streamed()) {
            ChatResult result = chat.chat(chatRequest);
            ResponseBodyEmitter body = new ResponseBodyEmitter();
            body.send(new ChatCompletion(id, ChatCompletion.OBJECT, created, model, List.of(new ChatCompletion.Choice(0,
                    new ChatCompletion.Message("assistant", result.text(), null), finishReason(result.finishReason()), null)),
                    new ChatCompletion.Usage(result.promptTokens(), result.completionTokens(),
                            result.promptTokens() + result.completionTokens()), ungrounded()), MediaType.APPLICATION_JSON);
            body.complete();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        EventStream stream = new EventStream(properties.streamTimeout());
        boolean[] roleSent = {false};
        Generation generation = chat.generate(chatRequest, piece -> {
            if (!roleSent[0]) {
                roleSent[0] = true;
                stream.send(chunk(id, created, model, new ChatCompletion.Delta("assistant", ""), null, null));
            }
            stream.send(chunk(id, created, model, new ChatCompletion.Delta(null, piece), null, null));
        });
        stream.finishWhen(generation.result(), result -> new SseEmitter.SseEventBuilder[] {
                chunk(id, created, model, new ChatCompletion.Delta(null, null), finishReason(result.finishReason()),
                        ungrounded()),
                SseEmitter.event().data("[DONE]")}, this::errorEvents);
        return ResponseEntity.ok().body(stream.handOver(properties.streamStartWait()));
    }

    private static ChatRequest chatRequest(ChatCompletionRequest request) {
        List<ChatMessage> messages = new ArrayList<>();
        for (ChatCompletionRequest.Message message : request.messages()) {
            ChatMessage.Role role = switch (message.role()) {
                case "system", "developer" -> ChatMessage.Role.SYSTEM;
                case "user" -> ChatMessage.Role.USER;
                case "assistant" -> ChatMessage.Role.ASSISTANT;
                default -> throw new InvalidRequestException("messages with role " + message.role()
                        + " are not supported");
            };
            messages.add(new ChatMessage(role, message.text()));
        }
        Sampling sampling = new Sampling(request.temperature() == null ? 1.0 : request.temperature(),
                request.topP() == null ? 1.0 : request.topP(),
                request.seed() == null ? ThreadLocalRandom.current().nextLong(0x1_0000_0000L) : request.seed(),
                request.tokenBudget() == null ? DEFAULT_MAX_TOKENS : request.tokenBudget());
        return ChatRequest.of(messages).withSampling(sampling).withStop(request.stopStrings());
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
