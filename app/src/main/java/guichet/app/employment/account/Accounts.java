package guichet.app.employment.account;

import guichet.app.system.security.AccountDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Citizen accounts: one per OpenID Connect issuer and subject. The account id, not the subject, is
 * what everything else is keyed by ({@code account:<id>}).
 */
@Service
public class Accounts implements AccountDirectory {

    private final JdbcClient jdbc;
    private final CitizenRecords records;
    private final Clock clock;

    Accounts(JdbcClient jdbc, CitizenRecords records, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String signedIn(String issuer, String subject, boolean adviser, Optional<String> anonymousOwner) {
        Instant now = clock.instant();
        String id = jdbc.sql("select id from citizen_account where issuer = ? and subject = ?").params(issuer, subject)
                .query(String.class).optional().orElse(null);
        if (id == null) {
            id = UUID.randomUUID().toString();
            jdbc.sql("insert into citizen_account (id, issuer, subject, adviser, created_at, last_seen_at) values (?, ?, ?, ?, ?, ?)")
                    .params(id, issuer, subject, adviser, Timestamp.from(now), Timestamp.from(now)).update();
        } else {
            jdbc.sql("update citizen_account set last_seen_at = ?, adviser = ? where id = ?")
                    .params(Timestamp.from(now), adviser, id).update();
        }
        String owner = "account:" + id;
        if (!adviser) {
            anonymousOwner.filter(o -> !o.equals(owner)).ifPresent(o -> records.move(o, owner));
        }
        return id;
    }

    /** Deletes the account itself; returns 1 when there was one. */
    public int delete(String accountId) {
        return jdbc.sql("delete from citizen_account where id = ?").param(accountId).update();
    }

    /** When the account last signed in, if it exists. */
    public Optional<Instant> lastSeen(String accountId) {
        return jdbc.sql("select last_seen_at from citizen_account where id = ?").param(accountId)
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).optional();
    }
}
