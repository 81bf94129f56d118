package guichet.app.ask.store;

import guichet.app.ask.settings.AskProperties;
import guichet.app.ask.api.RunningGuichet;
import guichet.app.ask.pipeline.Turn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention job deletes conversations past guichet.ask.retention, and only those. */
class ConversationRetentionIT extends RunningGuichet {

    @Autowired
    ConversationStore store;

    @Autowired
    AskProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deletesConversationsInactiveForLongerThanTheRetention() {
        Instant now = Instant.now();
        ConversationStore.Conversation old = conversationLastActive(now.minus(properties.retention()).minus(Duration.ofDays(1)));
        ConversationStore.Conversation recent = conversationLastActive(now.minus(properties.retention()).plus(Duration.ofDays(1)));

        int deleted = new ConversationRetention(store, properties, Clock.fixed(now, ZoneOffset.UTC)).purge();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(store.find(old.id())).isEmpty();
        assertThat(store.messages(old.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from message where conversation_id = ?").param(old.id())
                .query(Integer.class).single()).isZero();
        assertThat(store.find(recent.id())).isPresent();
        assertThat(store.messages(recent.id())).hasSize(2);
        assertThat(properties.retention()).isEqualTo(Duration.ofDays(365));
    }

    private ConversationStore.Conversation conversationLastActive(Instant at) {
        ConversationStore.Conversation conversation = store.create("citizen:retention-test", "en");
        store.appendTurns(conversation.id(), List.of(new Turn("question", "answer")));
        jdbc.sql("update conversation set updated_at = ? where id = ?").params(Timestamp.from(at), conversation.id()).update();
        return conversation;
    }
}
