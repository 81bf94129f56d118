package guichet.app.employment.memory;

import guichet.app.system.crypto.CitizenCipher;
import guichet.app.employment.situation.Category;
import guichet.app.employment.situation.Fact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Memory items, consent and category switches in the relational database. */
@Repository
class MemoryStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CitizenCipher cipher;

    MemoryStore(JdbcClient jdbc, Clock clock, CitizenCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    boolean consent(String owner) {
        return jdbc.sql("select remember from memory_consent where owner = ?").param(owner).query(Boolean.class)
                .optional().orElse(false);
    }

    @Transactional
    void setConsent(String owner, boolean remember) {
        jdbc.sql("delete from memory_consent where owner = ?").param(owner).update();
        jdbc.sql("insert into memory_consent (owner, remember, updated_at) values (?, ?, ?)")
                .params(owner, remember, Timestamp.from(clock.instant())).update();
    }

    Map<Category, Boolean> categories(String owner) {
        Map<Category, Boolean> all = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            all.put(category, true);
        }
        jdbc.sql("select category, enabled from memory_category where owner = ?").param(owner)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getBoolean(2))).list()
                .forEach(e -> Category.fromWire(e.getKey()).ifPresent(c -> all.put(c, e.getValue())));
        return all;
    }

    @Transactional
    void setCategory(String owner, Category category, boolean enabled) {
        jdbc.sql("delete from memory_category where owner = ? and category = ?").params(owner, category.wireName()).update();
        jdbc.sql("insert into memory_category (owner, category, enabled, updated_at) values (?, ?, ?, ?)")
                .params(owner, category.wireName(), enabled, Timestamp.from(clock.instant())).update();
    }

    int deleteCategory(String owner, Category category) {
        return jdbc.sql("delete from memory_item where owner = ? and category = ?").params(owner, category.wireName()).update();
    }

    List<MemoryItem> items(String owner) {
        return jdbc.sql("""
                        select id, category, fact, item_value, source_message_id, conversation_id, created_at, updated_at,
                               corrected
                        from memory_item where owner = ? order by created_at, fact""")
                .param(owner).query((rs, row) -> item(rs)).list();
    }

    Optional<MemoryItem> item(String owner, String id) {
        return jdbc.sql("""
                        select id, category, fact, item_value, source_message_id, conversation_id, created_at, updated_at,
                               corrected
                        from memory_item where owner = ? and id = ?""")
                .params(owner, id).query((rs, row) -> item(rs)).optional();
    }

    /** Remembers a fact's value, replacing what was remembered for the same fact. */
    @Transactional
    MemoryItem put(String owner, Fact fact, String value, String sourceMessageId, String conversationId) {
        Instant now = clock.instant();
        Optional<MemoryItem> existing = items(owner).stream().filter(i -> i.fact() == fact).findFirst();
        if (existing.isPresent()) {
            MemoryItem old = existing.get();
            if (old.value().equals(value)) {
                return old;
            }
            jdbc.sql("""
                            update memory_item set item_value = ?, source_message_id = ?, conversation_id = ?, updated_at = ?,
                                                   corrected = false where id = ?""")
                    .params(cipher.seal(owner, value), sourceMessageId, conversationId, Timestamp.from(now), old.id()).update();
            return new MemoryItem(old.id(), fact.category(), fact, value, sourceMessageId, conversationId,
                    old.createdAt(), now, false);
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into memory_item (id, owner, category, fact, item_value, source_message_id, conversation_id,
                                                 created_at, updated_at, corrected)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, false)""")
                .params(id, owner, fact.category().wireName(), fact.key(), cipher.seal(owner, value), sourceMessageId, conversationId,
                        Timestamp.from(now), Timestamp.from(now)).update();
        return new MemoryItem(id, fact.category(), fact, value, sourceMessageId, conversationId, now, now, false);
    }

    boolean correct(String owner, String id, String value) {
        return jdbc.sql("update memory_item set item_value = ?, updated_at = ?, corrected = true where owner = ? and id = ?")
                .params(cipher.seal(owner, value), Timestamp.from(clock.instant()), owner, id).update() == 1;
    }

    boolean delete(String owner, String id) {
        return jdbc.sql("delete from memory_item where owner = ? and id = ?").params(owner, id).update() == 1;
    }

    private MemoryItem item(ResultSet rs) throws SQLException {
        Fact fact = Fact.fromKey(rs.getString(3)).orElseThrow(() -> new IllegalStateException("unknown stored fact"));
        return new MemoryItem(rs.getString(1), fact.category(), fact, cipher.open(rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), rs.getBoolean(9));
    }
}
