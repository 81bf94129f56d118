package guichet.app.employment.agent;

import guichet.app.ask.api.RunningGuichet;
import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.ask.store.ConversationStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The journey turn's steps on the running app: how a turn ends (answered, a clarification, an error),
 * what is stored of it, and that a failing step neither loses the message nor shows the failure.
 */
class JourneyAgentIT extends RunningGuichet {

    @Autowired
    JourneyAgent agent;
    @Autowired
    ConversationStore conversations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSituationIsAnsweredThroughTheToolsAndStoredWithoutThePersonalData() {
        String owner = "journey-agent-" + UUID.randomUUID();
        String conversation = conversations.create(owner, "en").id();

        JourneyTurn turn = agent.turn(owner, conversation, "I'm 24, I live in England and I lost my job last month. "
                + "My NI number is JT 48 21 93 B. Can I get New Style JSA?", "en");

        assertThat(turn.status()).isEqualTo("answered");
        assertThat(turn.toolCalls()).isNotEmpty();
        assertThat(turn.trace()).extracting(TraceEntry::stage).anySatisfy(stage -> assertThat(stage).startsWith("tool:"));
        assertThat(String.valueOf(turn.understood().get("age"))).isEqualTo("24");
        List<ConversationStore.StoredMessage> stored = conversations.messages(conversation);
        assertThat(stored).extracting(ConversationStore.StoredMessage::text).noneSatisfy(text ->
                assertThat(text).contains("JT 48 21 93 B"));
        // the turn is in the audit trail under the citizen's pseudonym, without its text
        String audited = jdbc.sql("select actor || ' ' || detail from audit_entry where kind = 'journey.turn' and subject = ?")
                .param(guichet.app.system.audit.Pseudonyms.conversation(conversation)).query(String.class).single();
        assertThat(audited).startsWith(guichet.app.system.audit.Pseudonyms.of(owner)).contains("\"status\":\"answered\"")
                .doesNotContain("JT 48", "lost my job", conversation);
        assertThat(stored.getLast().answer().status()).isEqualTo("answered");
    }

    @Test
    void aMessageWithNothingToActOnIsAClarification() {
        String owner = "journey-agent-" + UUID.randomUUID();
        String conversation = conversations.create(owner, "en").id();

        JourneyTurn turn = agent.turn(owner, conversation, "hmm", "en");

        assertThat(turn.status()).isEqualTo("clarification");
        assertThat(turn.toolCalls()).isEmpty();
        assertThat(conversations.messages(conversation).getLast().answer().status()).isEqualTo("clarification");
    }

    @Test
    void aStepThatFailsEndsTheTurnWithAnApologyAndTheMessageKept() {
        String owner = "journey-agent-" + UUID.randomUUID();
        String conversation = conversations.create(owner, "en").id();
        // A memory item written by a version that knew a fact this one does not: reading the situation fails.
        Instant now = Instant.now();
        jdbc.sql("""
                        insert into memory_item (id, owner, category, fact, item_value, source_message_id, conversation_id,
                                                 created_at, updated_at, corrected)
                        values (?, ?, 'work', 'shift_pattern', 'nights', null, null, ?, ?, false)""")
                .params(UUID.randomUUID().toString(), owner, Timestamp.from(now), Timestamp.from(now)).update();

        JourneyTurn turn = agent.turn(owner, conversation, "I'm 30 and I live in Leeds. Can I get Universal Credit?", "en");

        assertThat(turn.status()).isEqualTo("error");
        assertThat(turn.reply()).contains("please send it again");
        assertThat(turn.trace()).anySatisfy(entry -> {
            assertThat(entry.stage()).isEqualTo("ReadMessage");
            assertThat(entry.outcome()).isEqualTo("failed");
        });
        List<ConversationStore.StoredMessage> stored = conversations.messages(conversation);
        assertThat(stored).extracting(ConversationStore.StoredMessage::text)
                .anySatisfy(text -> assertThat(text).contains("Can I get Universal Credit?"));
        assertThat(stored.getLast().answer().status()).isEqualTo("error");
    }

    @Test
    void aTurnThatCannotBeStoredReachesTheCaller() {
        assertThatThrownBy(() -> agent.turn("journey-agent-" + UUID.randomUUID(), "no-such-conversation",
                "I'm 30 and I live in Leeds.", "en")).isInstanceOf(RuntimeException.class);
    }
}
