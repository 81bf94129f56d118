package guichet.inference;

import java.util.List;
import java.util.Objects;

/**
 * A chat completion request: the conversation, how to sample, where to stop and what shape the
 * output must take.
 */
public record ChatRequest(List<ChatMessage> messages, Sampling sampling, List<String> stop,
                          ResponseFormat format, Penalties penalties) {

    /**
     * Penalties on tokens already written, as OpenAI defines them: {@code presence} once a token has
     * appeared, {@code frequency} for each time it has; -2 to 2, 0 for none.
     */
    public record Penalties(double presence, double frequency) {

        public static final Penalties NONE = new Penalties(0, 0);

        public Penalties {
            if (!(presence >= -2 && presence <= 2)) {
                throw new InvalidRequestException("presence_penalty must be between -2 and 2, was " + presence,
                        "presence_penalty");
            }
            if (!(frequency >= -2 && frequency <= 2)) {
                throw new InvalidRequestException("frequency_penalty must be between -2 and 2, was " + frequency,
                        "frequency_penalty");
            }
        }
    }

    public ChatRequest {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(format, "format");
        penalties = penalties == null ? Penalties.NONE : penalties;
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
        return new ChatRequest(messages, Sampling.GREEDY, List.of(), ResponseFormat.TEXT, Penalties.NONE);
    }

    /** Greedy free-text request for one user message. */
    public static ChatRequest ofUser(String text) {
        return of(List.of(ChatMessage.user(text)));
    }

    public ChatRequest withSampling(Sampling value) {
        return new ChatRequest(messages, value, stop, format, penalties);
    }

    public ChatRequest withFormat(ResponseFormat value) {
        return new ChatRequest(messages, sampling, stop, value, penalties);
    }

    public ChatRequest withStop(List<String> value) {
        return new ChatRequest(messages, sampling, value, format, penalties);
    }

    public ChatRequest withPenalties(Penalties value) {
        return new ChatRequest(messages, sampling, stop, format, value);
    }
}
