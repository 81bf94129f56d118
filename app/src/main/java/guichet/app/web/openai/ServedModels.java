package guichet.app.web.openai;

import guichet.app.system.engine.InferenceRuntime;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The model names the OpenAI-compatible endpoints answer to: {@value #ASSISTANT} (the grounded
 * assistant) or the chat model's own id for chat; the embedding model's id for embeddings.
 */
@Component
class ServedModels {

    static final String ASSISTANT = "guichet";

    private final InferenceRuntime runtime;

    ServedModels(InferenceRuntime runtime) {
        this.runtime = runtime;
    }

    List<String> chat() {
        return List.of(ASSISTANT, runtime.chat().info().id());
    }

    List<String> embeddings() {
        return List.of(runtime.embeddings().info().id());
    }

    /** @throws ModelNotServedException when {@code model} is not a chat model served here */
    void requireChat(String model) {
        require(model, chat());
    }

    /** @throws ModelNotServedException when {@code model} is not the embedding model */
    void requireEmbeddings(String model) {
        require(model, embeddings());
    }

    private static void require(String model, List<String> served) {
        if (!served.contains(model)) {
            throw new ModelNotServedException(model, served);
        }
    }
}
