package guichet.app.desk.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Trained triage classifiers (their parameters as JSON); one is active at a time. */
@Repository
public class TriageModelStore {

    /** A stored classifier. */
    public record StoredModel(String version, Instant createdAt, String embedder, int examples, int corrections,
                              String model, boolean active) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public TriageModelStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<StoredModel> active() {
        return jdbc.sql("select version, created_at, embedder, examples, corrections, model, active from desk_classifier "
                        + "where active order by created_at desc limit 1")
                .query((rs, row) -> new StoredModel(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getBoolean(7)))
                .optional();
    }

    /** The version of the active classifier, without reading its parameters. */
    public Optional<String> activeVersion() {
        return jdbc.sql("select version from desk_classifier where active order by created_at desc limit 1")
                .query(String.class).optional();
    }

    public List<String> versions() {
        return jdbc.sql("select version from desk_classifier order by created_at").query(String.class).list();
    }

    /** Stores a classifier without making it active (a retrain that did better on no held-out case). */
    public void keep(String version, String embedder, int examples, int corrections, String model) {
        int exists = jdbc.sql("select count(*) from desk_classifier where version = ?").param(version).query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("insert into desk_classifier (version, created_at, embedder, examples, corrections, model, active) "
                            + "values (?, ?, ?, ?, ?, ?, false)")
                    .params(version, Timestamp.from(clock.instant()), embedder, examples, corrections, model)
                    .update();
        }
    }

    /** Stores a classifier and makes it the active one. */
    @Transactional
    public void activate(String version, String embedder, int examples, int corrections, String model) {
        jdbc.sql("update desk_classifier set active = false").update();
        int updated = jdbc.sql("update desk_classifier set active = true where version = ?").param(version).update();
        if (updated == 0) {
            jdbc.sql("insert into desk_classifier (version, created_at, embedder, examples, corrections, model, active) "
                            + "values (?, ?, ?, ?, ?, ?, true)")
                    .params(version, Timestamp.from(clock.instant()), embedder, examples, corrections, model)
                    .update();
        }
    }
}
