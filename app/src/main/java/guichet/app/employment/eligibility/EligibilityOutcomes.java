package guichet.app.employment.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.system.crypto.CitizenCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The latest eligibility outcome per benefit for a citizen who agreed to be remembered. */
@Repository
public class EligibilityOutcomes {

    /** A stored outcome. */
    public record Stored(String benefit, String title, Outcome outcome, List<String> missing, List<String> failed,
                         Instant evaluatedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final JdbcClient jdbc;
    private final CitizenCipher cipher;
    private final Clock clock;

    EligibilityOutcomes(JdbcClient jdbc, CitizenCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Transactional
    public void save(String owner, EligibilityResult result) {
        Stored stored = new Stored(result.benefit(), result.title(), result.outcome(),
                result.missing().stream().map(EligibilityResult.ConditionResult::text).toList(),
                result.failed().stream().map(EligibilityResult.ConditionResult::text).toList(), clock.instant());
        jdbc.sql("delete from eligibility_outcome where owner = ? and benefit = ?").params(owner, result.benefit()).update();
        try {
            jdbc.sql("insert into eligibility_outcome (owner, benefit, outcome, result, evaluated_at) values (?, ?, ?, ?, ?)")
                    .params(owner, result.benefit(), result.outcome().wireName(), cipher.seal(owner, JSON.writeValueAsString(stored)),
                            Timestamp.from(stored.evaluatedAt())).update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Stored> list(String owner) {
        return jdbc.sql("select result from eligibility_outcome where owner = ? order by benefit").param(owner)
                .query(String.class).list().stream().map(json -> {
                    try {
                        return JSON.readValue(cipher.open(json), Stored.class);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }
}
