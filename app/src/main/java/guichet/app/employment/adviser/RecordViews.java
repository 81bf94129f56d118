package guichet.app.employment.adviser;

import guichet.app.system.audit.AuditTrail;
import guichet.app.system.audit.Pseudonyms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit of advisers' views of citizens' records: who, when, what (table {@code record_view}). */
@Repository
public class RecordViews {

    /** One view of a record. */
    public record View(String adviser, String owner, String what, Instant viewedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    private final AuditTrail audit;

    RecordViews(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Audits that {@code adviser} (an owner key) saw {@code what} of the record of {@code owner}. */
    public void record(String adviser, String owner, String what) {
        jdbc.sql("insert into record_view (id, adviser, owner, what, viewed_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), adviser, owner, what, Timestamp.from(clock.instant())).update();
        // the record's own list of views goes with the record; the trail keeps the view under a pseudonym
        audit.record("adviser.view", Pseudonyms.of(adviser), Pseudonyms.of(owner), Map.of("what", what));
    }

    /** Who saw the record of {@code owner}, newest first. */
    public List<View> of(String owner) {
        return jdbc.sql("select adviser, owner, what, viewed_at from record_view where owner = ? order by viewed_at desc")
                .param(owner)
                .query((rs, row) -> new View(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }
}
