package guichet.app.ask.store;

import guichet.app.system.crypto.CitizenCipher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.Citation;
import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.ask.pipeline.Turn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conversations in the relational database (H2 by default, PostgreSQL when scaling out). */
@Repository
class JdbcConversationStore implements ConversationStore {

    private static final int TITLE_CHARACTERS = 80;
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() { };
    private static final TypeReference<List<TraceEntry>> TRACE = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final CitizenCipher cipher;

    JdbcConversationStore(JdbcClient jdbc, ObjectMapper json, Clock clock, CitizenCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.cipher = cipher;
    }

    @Override
    public Conversation create(String owner, String language) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        jdbc.sql("insert into conversation (id, owner, language, created_at, updated_at) values (?, ?, ?, ?, ?)")
                .params(id, owner, language, Timestamp.from(now), Timestamp.from(now)).update();
        return new Conversation(id, owner, language, now);
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        return jdbc.sql("select id, owner, language, created_at from conversation where id = ?")
                .param(conversationId)
                .query((rs, row) -> new Conversation(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    @Override
    public List<Turn> recentTurns(String conversationId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // A turn is an assistant message and the citizen message just before it, whether it was
        // answered here or sent by an API client as earlier conversation.
        List<Turn> newestFirst = jdbc.sql("""
                        select q.text, m.text from message m
                        join message q on q.conversation_id = m.conversation_id and q.seq = m.seq - 1
                        where m.conversation_id = ? and m.role = 'assistant' and q.role = 'citizen'
                        order by m.seq desc limit ?""")
                .params(conversationId, limit)
                .query((rs, row) -> new Turn(cipher.open(rs.getString(1)), cipher.open(rs.getString(2))))
                .list();
        List<Turn> turns = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(turns);
        return turns;
    }

    @Override
    @Transactional
    public String append(String conversationId, Answer answer) {
        Instant now = clock.instant();
        int seq = lastSeq(conversationId);
        String questionId = UUID.randomUUID().toString();
        String answerId = UUID.randomUUID().toString();
        insertMessage(questionId, conversationId, seq + 1, "citizen", answer.redactedQuestion(), now);
        insertMessage(answerId, conversationId, seq + 2, "assistant", answer.text(), now);
        jdbc.sql("""
                        insert into answer (message_id, question_message_id, status, language, sources, model_id,
                                            model_sha256, total_ms, first_token_ms, trace)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(answerId, questionId, answer.status().wireName(), answer.language(), write(answer.citations()),
                        answer.modelId(), answer.modelSha256(), answer.totalMillis(), answer.firstTokenMillis(),
                        write(answer.trace()))
                .update();
        touch(conversationId, now);
        return answerId;
    }

    @Override
    @Transactional
    public void appendTurns(String conversationId, List<Turn> turns) {
        if (turns.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int seq = lastSeq(conversationId);
        for (Turn turn : turns) {
            insertMessage(UUID.randomUUID().toString(), conversationId, ++seq, "citizen", turn.question(), now);
            insertMessage(UUID.randomUUID().toString(), conversationId, ++seq, "assistant", turn.answer(), now);
        }
        touch(conversationId, now);
    }

    @Override
    public List<ConversationSummary> listByOwner(String owner, int limit) {
        return jdbc.sql("""
                        select c.id, c.language, c.created_at, c.updated_at,
                               (select m.text from message m where m.conversation_id = c.id and m.role = 'citizen'
                                order by m.seq limit 1)
                        from conversation c where c.owner = ? order by c.updated_at desc, c.id limit ?""")
                .params(owner, limit)
                .query((rs, row) -> new ConversationSummary(rs.getString(1), rs.getString(2), instant(rs, 3),
                        instant(rs, 4), title(cipher.open(rs.getString(5)))))
                .list();
    }

    @Override
    public List<StoredMessage> messages(String conversationId) {
        return jdbc.sql("""
                        select m.id, m.seq, m.role, m.text, m.created_at, a.status, a.language, a.sources, a.model_id,
                               a.model_sha256, a.total_ms, a.first_token_ms, a.trace
                        from message m left join answer a on a.message_id = m.id
                        where m.conversation_id = ? order by m.seq""")
                .param(conversationId)
                .query((rs, row) -> new StoredMessage(rs.getString(1), rs.getInt(2), rs.getString(3), cipher.open(rs.getString(4)),
                        instant(rs, 5), rs.getString(6) == null ? null : storedAnswer(rs)))
                .list();
    }

    @Override
    public boolean addFeedback(String conversationId, String messageId, boolean helpful, String comment) {
        boolean isAnswer = jdbc.sql("""
                        select count(*) from message m join answer a on a.message_id = m.id
                        where m.id = ? and m.conversation_id = ?""")
                .params(messageId, conversationId).query(Integer.class).single() > 0;
        if (!isAnswer) {
            return false;
        }
        jdbc.sql("insert into feedback (id, message_id, helpful, comment, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), messageId, helpful, cipher.seal(owner(conversationId), comment),
                        Timestamp.from(clock.instant()))
                .update();
        return true;
    }

    @Override
    @Transactional
    public int deleteInactiveSince(Instant cutoff) {
        // Messages, answers and feedback go with their conversation (on delete cascade).
        return jdbc.sql("delete from conversation where updated_at < ?").param(Timestamp.from(cutoff)).update();
    }

    @Override
    public String questionOf(String answerId) {
        return jdbc.sql("select question_message_id from answer where message_id = ?").param(answerId)
                .query(String.class).single();
    }

    @Override
    public void moveOwner(String from, String to) {
        jdbc.sql("update conversation set owner = ? where owner = ?").params(to, from).update();
    }

    @Override
    public Erased eraseOwner(String owner) {
        int conversations = jdbc.sql("select count(*) from conversation where owner = ?").param(owner)
                .query(Integer.class).single();
        int messages = jdbc.sql("select count(*) from message m join conversation c on c.id = m.conversation_id "
                + "where c.owner = ?").param(owner).query(Integer.class).single();
        // Messages, answers and feedback go with their conversation (on delete cascade).
        jdbc.sql("delete from conversation where owner = ?").param(owner).update();
        return new Erased(conversations, messages);
    }

    private StoredAnswer storedAnswer(ResultSet rs) throws SQLException {
        return new StoredAnswer(rs.getString(6), rs.getString(7), read(rs.getString(8), CITATIONS), rs.getString(9),
                rs.getString(10), rs.getLong(11), rs.getLong(12), read(rs.getString(13), TRACE));
    }

    private int lastSeq(String conversationId) {
        return jdbc.sql("select coalesce(max(seq), 0) from message where conversation_id = ?")
                .param(conversationId).query(Integer.class).single();
    }

    private void touch(String conversationId, Instant at) {
        jdbc.sql("update conversation set updated_at = ? where id = ?").params(Timestamp.from(at), conversationId)
                .update();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static String title(String firstQuestion) {
        if (firstQuestion == null) {
            return "";
        }
        String line = firstQuestion.strip().replaceAll("\\s+", " ");
        return line.length() <= TITLE_CHARACTERS ? line : line.substring(0, TITLE_CHARACTERS - 1).strip() + "…";
    }

    private <T> List<T> read(String value, TypeReference<List<T>> type) {
        try {
            return value == null ? List.of() : json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer cannot be read back", e);
        }
    }

    private void insertMessage(String id, String conversationId, int seq, String role, String text, Instant at) {
        // sealed with the owner's key: erasing the citizen destroys it, so a backup holds nothing readable of them
        jdbc.sql("insert into message (id, conversation_id, seq, role, text, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, conversationId, seq, role, cipher.seal(owner(conversationId), text), Timestamp.from(at)).update();
    }

    private String owner(String conversationId) {
        return jdbc.sql("select owner from conversation where id = ?").param(conversationId).query(String.class).single();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
