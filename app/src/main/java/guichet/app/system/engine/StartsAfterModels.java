package guichet.app.system.engine;

/**
 * A feature's part of {@code serve}'s start-up that needs the models and must be done before it
 * can serve (opening the knowledge index, which embeds the sample guidance the first time).
 * {@link ServeStartup} runs them in their {@code @Order} once the models are loaded.
 */
public interface StartsAfterModels {

    /** Does it, in the start-up thread; a failure is logged and leaves the feature not ready. */
    void start();
}
