package guichet.app.employment.adviser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The audit of advisers' views of citizens' records: who, when, what (table {@code record_view}). */
@Repository
public class RecordViews {

    /** One view of a record. */
    public record View(String adviser, String owner, String what, Instant viewedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RecordViews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Audits that {@code adviser} (an owner key) saw {@code what} of the record of {@code owner}. */
    public void record(String adviser, String owner, String what) {
        jdbc.sql("insert into record_view (id, adviser, owner, what, viewed_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), adviser, owner, what, Timestamp.from(clock.instant())).update();
    }

    /** Who saw the record of {@code owner}, newest first. */
    public List<View> of(String owner) {
        return jdbc.sql("select adviser, owner, what, viewed_at from record_view where owner = ? order by viewed_at desc")
                .param(owner)
                .query((rs, row) -> new View(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }
}
