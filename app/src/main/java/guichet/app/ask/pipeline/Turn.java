package guichet.app.ask.pipeline;

/** An earlier exchange of the conversation (redacted text), for rephrasing follow-up questions. */
public record Turn(String question, String answer) {
}
