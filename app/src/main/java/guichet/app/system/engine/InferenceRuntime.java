package guichet.app.system.engine;

import guichet.inference.ChatModel;
import guichet.inference.EmbeddingModel;
import guichet.inference.EngineUnavailableException;
import guichet.inference.llamacpp.LlamaChatModel;
import guichet.models.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The engines Guichet runs, and where they stand: models are fetched and loaded once, after the
 * web server is up, so health can report progress; features ask for an engine and get a clear
 * "not ready" until then.
 */
@Component
public class InferenceRuntime implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(InferenceRuntime.class);

    /** Where start-up stands. */
    public enum State { STARTING, PREPARING_MODELS, LOADING, READY, FAILED, STOPPED }

    private final ModelResolver resolver;
    private final EngineFactory factory;
    private final InferenceProperties properties;
    private volatile State state = State.STARTING;
    private volatile String detail = "";
    private volatile ChatModel chat;
    private volatile EmbeddingModel embeddings;

    InferenceRuntime(ModelResolver resolver, EngineFactory factory, InferenceProperties properties) {
        this.resolver = resolver;
        this.factory = factory;
        this.properties = properties;
    }

    /** Fetches missing models when allowed and loads both engines; idempotent. */
    public synchronized void start(ProgressListener progress) {
        if (state == State.READY) {
            return;
        }
        try {
            state = State.PREPARING_MODELS;
            detail = "checking models";
            ModelResolver.ChatModelFile chatFile = properties.backend() == InferenceProperties.Backend.LOCAL
                    ? resolver.chatModel(progress) : null;
            var embeddingModel = resolver.embeddingModel(progress);
            state = State.LOADING;
            detail = "loading models";
            chat = chatFile != null ? factory.localChat(chatFile) : factory.remoteChat();
            embeddings = factory.embeddings(embeddingModel);
            state = State.READY;
            detail = "";
            LOG.info("Guichet is ready: chat model {} ({}), embeddings {}", chat.info().id(), chat.info().backend(),
                    embeddings.info().id());
        } catch (RuntimeException e) {
            state = State.FAILED;
            detail = e.getMessage();
            throw e;
        }
    }

    public State state() {
        return state;
    }

    /** Why the runtime is not ready, or what it is doing. */
    public String detail() {
        return detail;
    }

    /** The chat model, once loaded. */
    public ChatModel chat() {
        ChatModel current = chat;
        if (current == null) {
            throw notReady();
        }
        return current;
    }

    /** The embedding model, once loaded. */
    public EmbeddingModel embeddings() {
        EmbeddingModel current = embeddings;
        if (current == null) {
            throw notReady();
        }
        return current;
    }

    private EngineUnavailableException notReady() {
        return new EngineUnavailableException(switch (state) {
            case FAILED -> "the models failed to load: " + detail;
            case STOPPED -> "Guichet is shutting down";
            default -> "the models are still loading (" + state.name().toLowerCase().replace('_', ' ') + ")";
        });
    }

    @Override
    public void destroy() {
        state = State.STOPPED;
        ChatModel current = chat;
        chat = null;
        if (current instanceof LlamaChatModel llama) {
            llama.close(properties.drainTimeout());
        } else if (current != null) {
            current.close();
        }
        EmbeddingModel currentEmbeddings = embeddings;
        embeddings = null;
        if (currentEmbeddings != null) {
            currentEmbeddings.close();
        }
    }
}
