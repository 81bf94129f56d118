package guichet.app.ask.store;

import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.Turn;

import java.util.List;
import java.util.Optional;

/** Where conversations live: redacted text only, with each answer's status, sources, model and trace. */
public interface ConversationStore {

    /** Starts a conversation for an owner (a citizen session, an API client or an account). */
    Conversation create(String owner, String language);

    Optional<Conversation> find(String conversationId);

    /** The last {@code limit} turns, oldest first. */
    List<Turn> recentTurns(String conversationId, int limit);

    /** Records a question and its answer; returns the id of the stored answer message. */
    String append(String conversationId, Answer answer);

    /** A conversation as stored. */
    record Conversation(String id, String owner, String language, java.time.Instant createdAt) {
    }
}
