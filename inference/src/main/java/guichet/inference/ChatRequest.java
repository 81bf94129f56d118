package guichet.inference;

import java.util.List;
import java.util.Objects;

/**
 * A chat completion request: the conversation, how to sample, where to stop and what shape the
 * output must take.
 */
public record ChatRequest(List<ChatMessage> messages, Sampling sampling, List<String> stop,
                          ResponseFormat format) {

    public ChatRequest {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(format, "format");
        messages = List.copyOf(messages);
        stop = stop == null ? List.of() : List.copyOf(stop);
        if (messages.isEmpty()) {
            throw new InvalidRequestException("a chat request needs at least one message");
        }
        if (stop.stream().anyMatch(String::isEmpty)) {
            throw new InvalidRequestException("stop strings must not be empty");
        }
    }

    /** Greedy free-text request for the given messages. */
    public static ChatRequest of(List<ChatMessage> messages) {
        return new ChatRequest(messages, Sampling.GREEDY, List.of(), ResponseFormat.TEXT);
    }

    /** Greedy free-text request for one user message. */
    public static ChatRequest ofUser(String text) {
        return of(List.of(ChatMessage.user(text)));
    }

    public ChatRequest withSampling(Sampling value) {
        return new ChatRequest(messages, value, stop, format);
    }

    public ChatRequest withFormat(ResponseFormat value) {
        return new ChatRequest(messages, sampling, stop, value);
    }

    public ChatRequest withStop(List<String> value) {
        return new ChatRequest(messages, sampling, value, format);
    }
}
