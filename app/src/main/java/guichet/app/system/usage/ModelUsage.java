package guichet.app.system.usage;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Requests and tokens through the OpenAI API, by API key, model and minute, in the database: every
 * instance adds to the same rows, an operator bills from them, and quotas are checked against them.
 */
@Service
public class ModelUsage {

    private final JdbcClient jdbc;
    private final Clock clock;

    ModelUsage(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a key has used since a moment. */
    public record Spent(long requests, long tokens) {
    }

    /** One key's use of one model over a period. */
    public record Line(String keyId, String model, long requests, long promptTokens, long completionTokens) {

        public long totalTokens() {
            return promptTokens + completionTokens;
        }
    }

    /** Adds one answered request to the key's row for this model and minute. */
    public void record(String keyId, String model, long promptTokens, long completionTokens) {
        Timestamp minute = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        if (add(keyId, model, minute, promptTokens, completionTokens) > 0) {
            return;
        }
        try {
            jdbc.sql("""
                            insert into model_usage (key_id, model, minute_start, requests, prompt_tokens, completion_tokens)
                            values (?, ?, ?, 1, ?, ?)""")
                    .params(keyId, model, minute, promptTokens, completionTokens).update();
        } catch (DuplicateKeyException raced) {
            // another instance or thread made the row first: add to it
            add(keyId, model, minute, promptTokens, completionTokens);
        }
    }

    private int add(String keyId, String model, Timestamp minute, long promptTokens, long completionTokens) {
        return jdbc.sql("""
                        update model_usage set requests = requests + 1, prompt_tokens = prompt_tokens + ?,
                        completion_tokens = completion_tokens + ? where key_id = ? and model = ? and minute_start = ?""")
                .params(promptTokens, completionTokens, keyId, model, minute).update();
    }

    /** A key's requests and tokens, over every model, from {@code since} (to the minute) on. */
    public Spent spentSince(String keyId, Instant since) {
        return jdbc.sql("""
                        select coalesce(sum(requests), 0), coalesce(sum(prompt_tokens + completion_tokens), 0)
                        from model_usage where key_id = ? and minute_start >= ?""")
                .params(keyId, Timestamp.from(since.truncatedTo(ChronoUnit.MINUTES)))
                .query((rs, row) -> new Spent(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Use by key and model from {@code from} (inclusive) to {@code to} (exclusive), by key then model. */
    public List<Line> report(Instant from, Instant to) {
        return jdbc.sql("""
                        select key_id, model, sum(requests), sum(prompt_tokens), sum(completion_tokens)
                        from model_usage where minute_start >= ? and minute_start < ?
                        group by key_id, model order by key_id, model""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> new Line(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }
}
