package guichet.app.system.security;

import guichet.app.system.audit.AuditTrail;
import guichet.app.system.usage.ModelUsage;
import guichet.app.system.usage.Quota;
import guichet.app.system.usage.UsageQuotas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API keys of API clients: {@code gk_} and 43 random characters, shown once when created; only
 * their SHA-256 is stored, so a copy of the database gives no usable key. Revoked keys stop working
 * at once.
 */
@Service
public class ApiKeys implements KeyRegistry, UsageQuotas.KeyQuotas {

    /** What every key starts with, so that a leaked key is easy to recognise and scan for. */
    public static final String PREFIX = "gk_";
    private static final int TOKEN_BYTES = 32;
    private static final int ID_BYTES = 6;
    private static final int SHOWN_CHARACTERS = 8;
    private static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LocalOperator operator;
    private final AuditTrail audit;
    private final ModelUsage usage;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcClient jdbc, Clock clock, LocalOperator operator, AuditTrail audit, ModelUsage usage) {
        this.audit = audit;
        this.usage = usage;
        this.jdbc = jdbc;
        this.clock = clock;
        this.operator = operator;
    }

    /**
     * A stored key.
     *
     * @param tokenPrefix the key's first characters, to recognise it in a list
     * @param assistantOnly may use the grounded assistant only, not the chat models raw
     * @param revokedAt when it was revoked, or null while it is valid
     */
    public record ApiKey(String id, String name, String tokenPrefix, boolean admin, boolean assistantOnly,
                         Instant createdAt, Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A new key, with the only copy of its token. */
    public record IssuedKey(ApiKey key, String token) {
    }

    @Override
    public IssuedKey create(String name, boolean admin, boolean assistantOnly, Quota quota) {
        return create(name, admin, assistantOnly, quota, "operator");
    }

    /** Creates a key on behalf of {@code actor}, with the site's quotas. */
    public IssuedKey create(String name, boolean admin, boolean assistantOnly, String actor) {
        return create(name, admin, assistantOnly, Quota.DEFAULTS, actor);
    }

    /**
     * Creates a key on behalf of {@code actor} (the admin key or local operator that asked), as the audit trail names it.
     *
     * @param assistantOnly limit the key to the grounded assistant
     * @param quota the key's own limits ({@link Quota#DEFAULTS}: the site's)
     */
    public IssuedKey create(String name, boolean admin, boolean assistantOnly, Quota quota, String actor) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME) {
            throw new IllegalArgumentException("a key name must have 1 to " + MAX_NAME + " characters");
        }
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(TOKEN_BYTES));
        String id = HexFormat.of().formatHex(randomBytes(ID_BYTES));
        String shown = token.substring(0, PREFIX.length() + SHOWN_CHARACTERS);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into api_key (id, name, token_prefix, token_sha256, admin, assistant_only, created_at,
                        requests_per_minute, requests_per_day, tokens_per_minute, tokens_per_day)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, label, shown, sha256(token), admin, assistantOnly, Timestamp.from(now),
                        quota.requestsPerMinute(), quota.requestsPerDay(), quota.tokensPerMinute(), quota.tokensPerDay())
                .update();
        audit.record("key.created", actor, "key:" + id, Map.of("name", label, "admin", admin,
                "assistant_only", assistantOnly));
        return new IssuedKey(new ApiKey(id, label, shown, admin, assistantOnly, now, null), token);
    }

    @Override
    public List<ApiKey> list() {
        return jdbc.sql("""
                        select id, name, token_prefix, admin, assistant_only, created_at, revoked_at from api_key
                        order by created_at desc, id""")
                .query((rs, row) -> new ApiKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    @Override
    public boolean revoke(String id) {
        return revoke(id, "operator");
    }

    /** Revokes a key on behalf of {@code actor}; false when there is no valid key with that id. */
    public boolean revoke(String id, String actor) {
        boolean revoked = jdbc.sql("update api_key set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), id).update() > 0;
        if (revoked) {
            audit.record("key.revoked", actor, "key:" + id, Map.of());
        }
        return revoked;
    }

    @Override
    public List<ModelUsage.Line> usage(Instant from, Instant to) {
        return usage.report(from, to);
    }

    @Override
    public Quota of(String keyId) {
        return jdbc.sql("""
                        select requests_per_minute, requests_per_day, tokens_per_minute, tokens_per_day from api_key
                        where id = ?""")
                .param(keyId)
                .query((rs, row) -> new Quota(rs.getObject(1, Long.class), rs.getObject(2, Long.class),
                        rs.getObject(3, Long.class), rs.getObject(4, Long.class)))
                .optional().orElse(Quota.DEFAULTS);
    }

    /** The valid key a token belongs to (the local operator's token is an admin key while its server runs). */
    public Optional<ApiKey> authenticate(String token) {
        Optional<ApiKey> local = operator.authenticate(token);
        if (local.isPresent()) {
            return local;
        }
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, name, token_prefix, admin, assistant_only, created_at from api_key
                        where token_sha256 = ? and revoked_at is null""")
                .param(sha256(token))
                .query((rs, row) -> new ApiKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getTimestamp(6).toInstant(), null))
                .optional();
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
