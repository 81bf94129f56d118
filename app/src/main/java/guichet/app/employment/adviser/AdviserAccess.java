package guichet.app.employment.adviser;

import guichet.app.employment.actions.Actions;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a citizen lets advisers see their record. Off by default; the citizen switches it on or off
 * (page and API), and confirming a hand-over or a call-back switches it on, since the proposal they
 * confirmed said so. Advisers find a shared record by a random reference, never by the owner key.
 */
@Service
public class AdviserAccess {

    /** A record a citizen shares with advisers. */
    public record Shared(String reference, String owner, Instant since) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AdviserAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the citizen lets advisers see their record now. */
    public boolean shared(String owner) {
        return jdbc.sql("select shared from adviser_access where owner = ?").param(owner).query(Boolean.class)
                .optional().orElse(false);
    }

    /** Records the citizen's choice; the reference stays the same across switches. */
    @Transactional
    public void set(String owner, boolean shared) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update adviser_access set shared = ?, updated_at = ? where owner = ?")
                .params(shared, now, owner).update();
        if (updated == 0) {
            jdbc.sql("insert into adviser_access (owner, reference, shared, updated_at) values (?, ?, ?, ?)")
                    .params(owner, UUID.randomUUID().toString(), shared, now).update();
        }
    }

    /** The records shared now, most recently shared first. */
    public List<Shared> sharedRecords() {
        return jdbc.sql("select reference, owner, updated_at from adviser_access where shared = true order by updated_at desc")
                .query((rs, row) -> new Shared(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    /** The record behind a reference, only while its citizen shares it. */
    public Optional<Shared> find(String reference) {
        return jdbc.sql("select reference, owner, updated_at from adviser_access where reference = ? and shared = true")
                .param(reference)
                .query((rs, row) -> new Shared(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).optional();
    }

    /** A confirmed hand-over or call-back lets an adviser see the record: the citizen saw that in the proposal. */
    @EventListener
    void confirmed(Actions.Confirmed event) {
        if (event.action().kind() == Actions.Kind.HANDOVER || event.action().kind() == Actions.Kind.CALLBACK) {
            set(event.owner(), true);
        }
    }
}
