package guichet.app.employment.account;

import guichet.app.ask.store.ConversationStore;
import guichet.app.system.crypto.CitizenKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows every table holding something of a citizen, by owner key: to move an
 * anonymous session's record to an account at sign-in, and to erase a record ("forget me").
 * A new table keyed by owner must be added here (a test checks that forget-me leaves nothing); the
 * conversations are reached through the answer feature's store, never its tables.
 */
@Component
public class CitizenRecords {

    private final JdbcClient jdbc;
    private final ConversationStore conversations;
    private final CitizenKeys keys;

    CitizenRecords(JdbcClient jdbc, ConversationStore conversations, CitizenKeys keys) {
        this.jdbc = jdbc;
        this.conversations = conversations;
        this.keys = keys;
    }

    /** Moves everything {@code from} owns to {@code to}; where both have something, the newer (from) wins, except switched-off categories, which stay off. */
    @Transactional
    public void move(String from, String to) {
        conversations.moveOwner(from, to);
        keys.moveOwner(from, to);
        jdbc.sql("delete from memory_item where owner = ? and fact in (select fact from memory_item where owner = ?)")
                .params(to, from).update();
        jdbc.sql("update memory_item set owner = ? where owner = ?").params(to, from).update();
        Boolean anonymousConsent = jdbc.sql("select remember from memory_consent where owner = ?").param(from)
                .query(Boolean.class).optional().orElse(null);
        if (anonymousConsent != null) {
            jdbc.sql("delete from memory_consent where owner = ?").param(to).update();
            jdbc.sql("update memory_consent set owner = ? where owner = ?").params(to, from).update();
        }
        jdbc.sql("delete from memory_category where owner = ? and category in "
                + "(select category from memory_category where owner = ? and enabled = false)").params(to, from).update();
        jdbc.sql("delete from memory_category where owner = ? and category in (select category from memory_category where owner = ?)")
                .params(from, to).update();
        jdbc.sql("update memory_category set owner = ? where owner = ?").params(to, from).update();
        jdbc.sql("delete from eligibility_outcome where owner = ? and benefit in (select benefit from eligibility_outcome where owner = ?)")
                .params(to, from).update();
        jdbc.sql("update eligibility_outcome set owner = ? where owner = ?").params(to, from).update();
        jdbc.sql("delete from plan_step where owner = ? and (procedure_id, step) in "
                + "(select procedure_id, step from plan_step where owner = ?)").params(to, from).update();
        jdbc.sql("update plan_step set owner = ? where owner = ?").params(to, from).update();
        jdbc.sql("update journey_action set owner = ? where owner = ?").params(to, from).update();
        if (count("select count(*) from adviser_access where owner = ?", from) > 0) {
            jdbc.sql("delete from adviser_access where owner = ?").param(to).update();
            jdbc.sql("update adviser_access set owner = ? where owner = ?").params(to, from).update();
        }
    }

    /**
     * Erases everything the owners have, and says how many of each kind were erased. Messages,
     * answers and feedback go with their conversations.
     */
    @Transactional
    public Map<String, Integer> erase(List<String> owners) {
        Map<String, Integer> erased = new LinkedHashMap<>();
        for (String owner : owners) {
            ConversationStore.Erased talk = conversations.eraseOwner(owner);
            add(erased, "conversations", talk.conversations());
            add(erased, "messages", talk.messages());
            add(erased, "memoryItems", jdbc.sql("delete from memory_item where owner = ?").param(owner).update());
            add(erased, "memorySettings", jdbc.sql("delete from memory_consent where owner = ?").param(owner).update()
                    + jdbc.sql("delete from memory_category where owner = ?").param(owner).update());
            add(erased, "eligibilityOutcomes", jdbc.sql("delete from eligibility_outcome where owner = ?").param(owner).update());
            add(erased, "planSteps", jdbc.sql("delete from plan_step where owner = ?").param(owner).update());
            add(erased, "actions", jdbc.sql("delete from journey_action where owner = ?").param(owner).update());
            add(erased, "recordViews", jdbc.sql("delete from record_view where owner = ?").param(owner).update());
            add(erased, "adviserAccess", jdbc.sql("delete from adviser_access where owner = ?").param(owner).update());
        }
        return erased;
    }

    private int count(String sql, String owner) {
        return jdbc.sql(sql).param(owner).query(Integer.class).single();
    }

    private static void add(Map<String, Integer> erased, String kind, int n) {
        erased.merge(kind, n, Integer::sum);
    }
}
