package guichet.app.employment.actions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.system.crypto.CitizenCipher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Side effects the agent proposes (appointments, call-backs, hand-overs). A proposal is stored as
 * such and becomes a booking only through {@link #confirm}, which only the citizen's own explicit
 * confirmation reaches (a later message that confirms, or the confirm button); never the model.
 */
@Service
public class Actions {

    public enum Kind { APPOINTMENT, CALLBACK, HANDOVER }

    public enum Status { PROPOSED, CONFIRMED, CANCELLED }

    /** A proposed or decided action. */
    public record Action(String id, Kind kind, Status status, Map<String, String> details, String conversationId,
                         Instant proposedAt, Instant decidedAt) {
    }

    /** Published once the citizen confirmed a proposal of theirs. */
    public record Confirmed(String owner, Action action) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final CitizenCipher cipher;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Actions(JdbcClient jdbc, CitizenCipher cipher, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
    }

    /** Proposes an action; any earlier proposal of the same kind that was not decided is cancelled. */
    public Action propose(String owner, String conversationId, Kind kind, Map<String, String> details) {
        Instant now = clock.instant();
        jdbc.sql("update journey_action set status = 'cancelled', decided_at = ? where owner = ? and kind = ? and status = 'proposed'")
                .params(Timestamp.from(now), owner, kind.name().toLowerCase()).update();
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into journey_action (id, owner, conversation_id, kind, details, status, proposed_at) values (?, ?, ?, ?, ?, 'proposed', ?)")
                .params(id, owner, conversationId, kind.name().toLowerCase(), cipher.seal(owner, write(details)), Timestamp.from(now)).update();
        return new Action(id, kind, Status.PROPOSED, details, conversationId, now, null);
    }

    /** Records the citizen's confirmation of a proposal of theirs; empty when there is no such proposal. */
    public Optional<Action> confirm(String owner, String id) {
        Optional<Action> confirmed = decide(owner, id, Status.CONFIRMED);
        confirmed.ifPresent(action -> events.publishEvent(new Confirmed(owner, action)));
        return confirmed;
    }

    public Optional<Action> cancel(String owner, String id) {
        return decide(owner, id, Status.CANCELLED);
    }

    private Optional<Action> decide(String owner, String id, Status status) {
        int changed = jdbc.sql("update journey_action set status = ?, decided_at = ? where owner = ? and id = ? and status = 'proposed'")
                .params(status.name().toLowerCase(), Timestamp.from(clock.instant()), owner, id).update();
        return changed == 1 ? find(owner, id) : Optional.empty();
    }

    public Optional<Action> find(String owner, String id) {
        return list(owner).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The owner's actions, newest first. */
    public List<Action> list(String owner) {
        return jdbc.sql("select id, kind, status, details, conversation_id, proposed_at, decided_at from journey_action "
                        + "where owner = ? order by proposed_at desc")
                .param(owner)
                .query((rs, row) -> new Action(rs.getString(1), Kind.valueOf(rs.getString(2).toUpperCase()),
                        Status.valueOf(rs.getString(3).toUpperCase()), read(cipher.open(rs.getString(4))), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** The newest proposal still waiting for the citizen. */
    public Optional<Action> pending(String owner) {
        return list(owner).stream().filter(a -> a.status() == Status.PROPOSED).findFirst();
    }

    private static String write(Map<String, String> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
