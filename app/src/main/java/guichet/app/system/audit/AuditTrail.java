package guichet.app.system.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The audit trail: what Guichet did and who approved what, append-only and hash-chained (ADR 35). Features
 * record their events here; {@code guichet audit verify} checks the chain and {@code audit export} writes it.
 */
@Repository
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditProperties properties;
    private final AuditAnchors anchors;

    /** A trail in the database behind {@code jdbc}. */
    public AuditTrail(JdbcClient jdbc, Clock clock, AuditProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.anchors = new AuditAnchors(Path.of(properties.anchors()));
    }

    /** Where the chain starts and ends. */
    public record Head(long baseSeq, String baseHash, long lastSeq, String lastHash) {
    }

    /**
     * Appends an entry.
     *
     * @param detail a JSON object's fields; never personal data (name a citizen by {@link Pseudonyms#of})
     */
    @Transactional
    public AuditEntry record(String kind, String actor, String subject, Map<String, ?> detail) {
        Head head = jdbc.sql("select base_seq, base_hash, last_seq, last_hash from audit_head where id = 1 for update")
                .query(AuditTrail::headRow).single();
        long seq = head.lastSeq() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String json;
        try {
            json = AuditEntry.JSON.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an audit detail must be plain values: " + e.getOriginalMessage(), e);
        }
        String actorName = actor == null || actor.isBlank() ? "system" : actor;
        String subjectName = subject == null ? "" : subject;
        String hash = AuditEntry.hashOf(seq, at, kind, actorName, subjectName, json, head.lastHash());
        jdbc.sql("""
                        insert into audit_entry (seq, recorded_at, kind, actor, subject, detail, previous_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, Timestamp.from(at), kind, actorName, subjectName, json, head.lastHash(), hash).update();
        jdbc.sql("update audit_head set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
        if (seq % properties.anchorEvery() == 0) {
            AuditAnchors.Anchor anchor = new AuditAnchors.Anchor(seq, hash, at);
            // only an entry that is in the database may be anchored: after the commit, not before
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        anchor(anchor);
                    }
                });
            } else {
                anchor(anchor);
            }
        }
        return new AuditEntry(seq, at, kind, actorName, subjectName, json, head.lastHash(), hash);
    }

    /** The chain's start and end as the database holds them. */
    public Head head() {
        return jdbc.sql("select base_seq, base_hash, last_seq, last_hash from audit_head where id = 1")
                .query(AuditTrail::headRow).single();
    }

    /** Streams the entries in order of {@code seq} to {@code each}. */
    public void forEach(Consumer<AuditEntry> each) {
        try (Stream<AuditEntry> entries = jdbc.sql("""
                        select seq, recorded_at, kind, actor, subject, detail, previous_hash, hash
                        from audit_entry order by seq""")
                .query(AuditTrail::entry).stream()) {
            entries.forEach(each);
        }
    }

    /** Streams the entries recorded from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    public void forEachBetween(Instant from, Instant to, Consumer<AuditEntry> each) {
        try (Stream<AuditEntry> entries = jdbc.sql("""
                        select seq, recorded_at, kind, actor, subject, detail, previous_hash, hash
                        from audit_entry where recorded_at >= ? and recorded_at < ? order by seq""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(AuditTrail::entry).stream()) {
            entries.forEach(each);
        }
    }

    /**
     * Deletes the entries recorded before {@code cutoff}: the chain then starts after the last of them, whose
     * hash the head keeps. Returns how many went.
     */
    @Transactional
    public int deleteBefore(Instant cutoff) {
        jdbc.sql("select last_seq from audit_head where id = 1 for update").query(Long.class).single();
        var last = jdbc.sql("select seq, hash from audit_entry where recorded_at < ? order by seq desc limit 1")
                .param(Timestamp.from(cutoff))
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).optional();
        if (last.isEmpty()) {
            return 0;
        }
        int deleted = jdbc.sql("delete from audit_entry where seq <= ?").param(last.get().getKey()).update();
        jdbc.sql("update audit_head set base_seq = ?, base_hash = ? where id = 1")
                .params(last.get().getKey(), last.get().getValue()).update();
        return deleted;
    }

    AuditAnchors anchors() {
        return anchors;
    }

    private void anchor(AuditAnchors.Anchor anchor) {
        try {
            anchors.append(anchor);
        } catch (IOException e) {
            LOG.warn("could not write the audit anchor of entry {} to {}: {}", anchor.seq(), anchors.file(), e.toString());
        }
    }

    private static Head headRow(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4));
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
