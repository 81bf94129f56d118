package guichet.inference;

import java.util.List;

/**
 * A chat model, whichever engine runs it. The application sees only this interface: the in-process
 * llama.cpp engine and an OpenAI-compatible remote pool are interchangeable behind it.
 */
public interface ChatModel extends AutoCloseable {

    /** What model this is and how it is served. */
    ModelInfo info();

    /**
     * Starts a generation and returns at once. Text pieces go to {@code sink} as they are generated.
     *
     * @throws PromptTooLongException if the prompt leaves no room for an answer
     * @throws OverloadedException if every slot is busy and the wait queue is full
     * @throws EngineUnavailableException if the engine is shutting down or unreachable
     * @throws InvalidRequestException if the request cannot be run as given
     */
    Generation generate(ChatRequest request, TokenSink sink);

    /** Generates and waits for the whole answer. */
    default ChatResult chat(ChatRequest request) {
        return generate(request, TokenSink.NONE).await();
    }

    /** Tokens the messages take once the chat template is applied (with the assistant prefix). */
    int countTokens(List<ChatMessage> messages);

    /** Requests waiting for a slot right now. */
    int queueDepth();

    /** Requests generating right now. */
    int activeRequests();

    /** Stops taking work, finishes or cancels what is in flight, and frees the model. */
    @Override
    void close();
}
