package de.kherud.llama;

/**
 * Guichet's narrow door into the binding's package-private task API.
 *
 * <p>The binding's public {@code InferenceParameters} cannot carry a {@code json_schema} (which the
 * bundled llama.cpp server converts to a grammar inside its own error handling), its iterator hides
 * the stop flag, and its exception type is not public. Requests are therefore sent as JSON built by
 * Guichet, and every failure leaves here as an {@link EngineError}. See
 * docs/adr/0005-llama-cpp-binding-access.md.
 */
public final class GuichetLlamaAccess {

    private GuichetLlamaAccess() {
    }

    /** One streamed piece of a completion. */
    public record Piece(String text, boolean last) {
    }

    /** A failure reported by the native engine. */
    public static final class EngineError extends RuntimeException {
        EngineError(String message) {
            super(message);
        }
    }

    /** Loads a model; throws {@link EngineError} when llama.cpp refuses it. */
    public static LlamaModel load(ModelParameters parameters) {
        try {
            return new LlamaModel(parameters);
        } catch (LlamaException e) {
            throw new EngineError(e.getMessage());
        }
    }

    /** Queues a completion task described by llama.cpp server JSON; returns its task id. */
    public static int request(LlamaModel model, String requestJson) {
        try {
            return model.requestCompletion(requestJson);
        } catch (LlamaException e) {
            throw new EngineError(e.getMessage());
        }
    }

    /** Blocks until the task's next piece. Must not be called again after a last piece or a cancel. */
    public static Piece receive(LlamaModel model, int taskId) {
        try {
            LlamaOutput output = model.receiveCompletion(taskId);
            return new Piece(output.text, output.stop);
        } catch (LlamaException e) {
            throw new EngineError(e.getMessage());
        }
    }

    /** Cancels a task: its slot is released on the engine's next loop iteration. */
    public static void cancel(LlamaModel model, int taskId) {
        model.cancelCompletion(taskId);
    }

    /** Applies the model's chat template to {"messages":[...]}. */
    public static String applyTemplate(LlamaModel model, String messagesJson) {
        try {
            return model.applyTemplate(messagesJson);
        } catch (LlamaException e) {
            throw new EngineError(e.getMessage());
        }
    }

    /** Resource folder of the bundled native library for this machine, e.g. "Linux/x86_64". */
    public static String nativeLibraryFolder() {
        return OSInfo.getNativeLibFolderPathForCurrentOS();
    }
}
