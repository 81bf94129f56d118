package guichet.app.system.audit;

import guichet.app.desk.DeskFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail over a real H2 database with the real migrations: an untouched trail verifies, and an entry
 * edited, deleted or swapped directly in the database, or entries cut from the end, are found and named.
 */
class AuditVerifierTest {

    @TempDir
    Path folder;

    private JdbcClient database;
    private AuditTrail trail;
    private AuditVerifier verifier;
    private MovingClock clock;

    @BeforeEach
    void tenEntries() {
        database = DeskFixtures.database();
        clock = new MovingClock(Instant.parse("2026-06-01T08:00:00Z"));
        trail = new AuditTrail(database, clock, new AuditProperties(Duration.ofDays(183), 4,
                folder.resolve("anchors.txt").toString()));
        verifier = new AuditVerifier(trail);
        for (int i = 1; i <= 10; i++) {
            trail.record(i % 2 == 0 ? "answer" : "desk.reply_approved", i % 2 == 0 ? "citizen:ab12" : "officer.martin",
                    "conversation:" + i, Map.of("status", "answered", "sources", List.of("/healthy-start#eligibility"),
                            "n", i));
            clock.advance(Duration.ofMinutes(7));
        }
    }

    @Test
    void anUntouchedTrailIsIntactWithItsAnchors() throws Exception {
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).as(result.breach().toString()).isTrue();
        assertThat(result.checked()).isEqualTo(10);
        assertThat(result.first()).isEqualTo(1);
        assertThat(result.last()).isEqualTo(10);
        assertThat(result.anchors()).isEqualTo(2); // entries 4 and 8
        assertThat(Files.readAllLines(folder.resolve("anchors.txt"))).hasSize(2);
    }

    @Test
    void anEditedEntryIsNamed() {
        database.sql("update audit_entry set detail = replace(detail, 'answered', 'refused') where seq = 6").update();
        assertThat(verifier.verify().breach()).hasValueSatisfying(breach -> {
            assertThat(breach.seq()).isEqualTo(6);
            assertThat(breach.problem()).contains("entry 6 was changed");
        });
        database.sql("update audit_entry set actor = 'someone.else' where seq = 3").update();
        assertThat(verifier.verify().breach().orElseThrow().seq()).isEqualTo(3);
    }

    @Test
    void aDeletedEntryIsNamed() {
        database.sql("delete from audit_entry where seq = 5").update();
        assertThat(verifier.verify().breach()).hasValueSatisfying(breach -> {
            assertThat(breach.seq()).isEqualTo(5);
            assertThat(breach.problem()).contains("entry 5 is missing");
        });
    }

    @Test
    void aDeletedEntryWithTheFollowingOnesRenumberedIsFound() {
        database.sql("delete from audit_entry where seq = 5").update();
        for (long seq = 6; seq <= 10; seq++) {
            database.sql("update audit_entry set seq = ? where seq = ?").params(seq - 1, seq).update();
        }
        database.sql("update audit_head set last_seq = 9").update();
        assertThat(verifier.verify().breach()).hasValueSatisfying(breach -> {
            assertThat(breach.seq()).isEqualTo(5);
            assertThat(breach.problem()).contains("does not follow entry 4");
        });
    }

    @Test
    void swappedEntriesAreFound() {
        // swap every field but seq between entries 3 and 7, as if their order had been rewritten
        List<Map<String, Object>> rows = database.sql("select * from audit_entry where seq in (3, 7) order by seq")
                .query().listOfRows();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> from = rows.get(1 - i);
            database.sql("""
                            update audit_entry set recorded_at = ?, kind = ?, actor = ?, subject = ?, detail = ?,
                            previous_hash = ?, hash = ? where seq = ?""")
                    .params(from.get("RECORDED_AT"), from.get("KIND"), from.get("ACTOR"), from.get("SUBJECT"),
                            from.get("DETAIL"), from.get("PREVIOUS_HASH"), from.get("HASH"), i == 0 ? 3 : 7)
                    .update();
        }
        assertThat(verifier.verify().breach()).hasValueSatisfying(breach -> {
            assertThat(breach.seq()).isEqualTo(3);
            assertThat(breach.problem()).contains("does not follow entry 2");
        });
    }

    @Test
    void entriesCutFromTheEndAreFoundByTheHeadOrTheAnchors() {
        database.sql("delete from audit_entry where seq > 8").update();
        assertThat(verifier.verify().breach()).hasValueSatisfying(breach ->
                assertThat(breach.problem()).contains("entries 9 to 10 are missing"));

        // whoever also edits the head row to match is caught by the anchor of entry 8
        database.sql("delete from audit_entry where seq > 6").update();
        String hash6 = database.sql("select hash from audit_entry where seq = 6").query(String.class).single();
        database.sql("update audit_head set last_seq = 6, last_hash = ?").param(hash6).update();
        assertThat(verifier.verify().breach()).hasValueSatisfying(breach -> {
            assertThat(breach.seq()).isEqualTo(8);
            assertThat(breach.problem()).contains("anchored");
        });
    }

    @Test
    void retentionDeletesOldEntriesAndTheChainStillVerifies() {
        int deleted = trail.deleteBefore(Instant.parse("2026-06-01T08:30:00Z"));
        assertThat(deleted).isEqualTo(5);
        trail.record("audit.retention", "system", "", Map.of("deleted", deleted));
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).as(result.breach().toString()).isTrue();
        assertThat(result.first()).isEqualTo(6);
        assertThat(result.checked()).isEqualTo(6);
    }

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
