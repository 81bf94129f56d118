package guichet.app.ask.store;

import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.Citation;
import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.ask.pipeline.Turn;

import java.time.Instant;
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

    /**
     * Records earlier turns that were not answered here (an API client sends the conversation so
     * far): they become the history later questions are read with. The text must already be redacted.
     */
    void appendTurns(String conversationId, List<Turn> turns);

    /** An owner's conversations, most recently active first. */
    List<ConversationSummary> listByOwner(String owner, int limit);

    /** Every message of a conversation, in order, with each answer's record. */
    List<StoredMessage> messages(String conversationId);

    /**
     * Records a citizen's feedback on an answer. The comment must already be redacted.
     *
     * @return false when {@code messageId} is not an answer of that conversation
     */
    boolean addFeedback(String conversationId, String messageId, boolean helpful, String comment);

    /** Deletes the conversations (with their messages, answers and feedback) inactive since before {@code cutoff}. */
    int deleteInactiveSince(Instant cutoff);

    /** The id of the citizen's message that the answer {@code answerId} replies to. */
    String questionOf(String answerId);

    /** Gives every conversation of {@code from} to {@code to} (an anonymous session's, at sign-in). */
    void moveOwner(String from, String to);

    /**
     * Deletes every conversation of {@code owner}, with its messages, answers and feedback.
     *
     * @return how many conversations and messages went
     */
    Erased eraseOwner(String owner);

    /** What {@link #eraseOwner} deleted. */
    record Erased(int conversations, int messages) {
    }

    /** A conversation as stored. */
    record Conversation(String id, String owner, String language, java.time.Instant createdAt) {
    }

    /**
     * A conversation in a list.
     *
     * @param title the start of its first question (redacted), empty when it has none yet
     */
    record ConversationSummary(String id, String language, Instant createdAt, Instant updatedAt, String title) {
    }

    /**
     * One stored message.
     *
     * @param role "citizen" or "assistant"
     * @param answer the answer's record, for assistant messages answered here; null otherwise
     */
    record StoredMessage(String id, int seq, String role, String text, Instant createdAt, StoredAnswer answer) {
    }

    /** How a stored answer was made. */
    record StoredAnswer(String status, String language, List<Citation> citations, String modelId, String modelSha256,
                        long totalMillis, long firstTokenMillis, List<TraceEntry> trace) {

        public StoredAnswer {
            citations = List.copyOf(citations);
            trace = List.copyOf(trace);
        }
    }
}
