package guichet.app.ask.api;

/** A conversation that was started. */
public record ConversationCreated(String id) {
}
