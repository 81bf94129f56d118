package guichet.app.ask.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.Turn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

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

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    JdbcConversationStore(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
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
        List<Turn> newestFirst = jdbc.sql("""
                        select q.text, m.text from answer a
                        join message m on m.id = a.message_id
                        join message q on q.id = a.question_message_id
                        where m.conversation_id = ? order by m.seq desc limit ?""")
                .params(conversationId, limit)
                .query((rs, row) -> new Turn(rs.getString(1), rs.getString(2)))
                .list();
        List<Turn> turns = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(turns);
        return turns;
    }

    @Override
    @Transactional
    public String append(String conversationId, Answer answer) {
        Instant now = clock.instant();
        int seq = jdbc.sql("select coalesce(max(seq), 0) from message where conversation_id = ?")
                .param(conversationId).query(Integer.class).single();
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
        jdbc.sql("update conversation set updated_at = ? where id = ?").params(Timestamp.from(now), conversationId)
                .update();
        return answerId;
    }

    private void insertMessage(String id, String conversationId, int seq, String role, String text, Instant at) {
        jdbc.sql("insert into message (id, conversation_id, seq, role, text, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, conversationId, seq, role, text, Timestamp.from(at)).update();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
