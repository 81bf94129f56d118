package guichet.app.employment.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The procedures, and each citizen's progress through the ones they started. */
@Service
public class Plans {

    private final List<Procedure> procedures;
    private final JdbcClient jdbc;
    private final Clock clock;

    Plans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.procedures = load();
    }

    /** A citizen's plan: the procedure, with which steps are done. */
    public record Plan(Procedure procedure, List<Boolean> done, Instant startedAt) {
        /** The first step not done, or -1 when all are. */
        public int nextStep() {
            return done.indexOf(false);
        }
    }

    public List<Procedure> procedures() {
        return procedures;
    }

    public Optional<Procedure> procedure(String id) {
        return procedures.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Starts (or keeps) the plan for a procedure. */
    @Transactional
    public Plan start(String owner, Procedure procedure) {
        Instant now = clock.instant();
        for (int step = 0; step < procedure.steps().size(); step++) {
            int existing = jdbc.sql("select count(*) from plan_step where owner = ? and procedure_id = ? and step = ?")
                    .params(owner, procedure.id(), step).query(Integer.class).single();
            if (existing == 0) {
                jdbc.sql("insert into plan_step (owner, procedure_id, step, done_at, started_at) values (?, ?, ?, null, ?)")
                        .params(owner, procedure.id(), step, Timestamp.from(now)).update();
            }
        }
        return plan(owner, procedure.id()).orElseThrow();
    }

    public Optional<Plan> plan(String owner, String procedureId) {
        Optional<Procedure> procedure = procedure(procedureId);
        if (procedure.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = jdbc.sql("select step, done_at, started_at from plan_step where owner = ? and procedure_id = ? order by step")
                .params(owner, procedureId).query((rs, n) -> new Object[] {rs.getInt(1), rs.getTimestamp(2), rs.getTimestamp(3)})
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Boolean> done = new ArrayList<>();
        for (int i = 0; i < procedure.get().steps().size(); i++) {
            int step = i;
            done.add(rows.stream().anyMatch(r -> (int) r[0] == step && r[1] != null));
        }
        return Optional.of(new Plan(procedure.get(), done, ((Timestamp) rows.getFirst()[2]).toInstant()));
    }

    /** The citizen's plans, most recently started first. */
    public List<Plan> plans(String owner) {
        return jdbc.sql("select distinct procedure_id from plan_step where owner = ?").param(owner).query(String.class).list()
                .stream().map(id -> plan(owner, id)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Plan::startedAt).reversed()).toList();
    }

    /** Marks a step (0-based) done or not; false when there is no such step in the citizen's plan. */
    public boolean mark(String owner, String procedureId, int step, boolean done) {
        return jdbc.sql("update plan_step set done_at = ? where owner = ? and procedure_id = ? and step = ?")
                .params(done ? Timestamp.from(clock.instant()) : null, owner, procedureId, step).update() == 1;
    }

    private static List<Procedure> load() {
        ObjectMapper json = new ObjectMapper();
        List<Procedure> all = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:employment/procedures/*.json")) {
                all.add(json.readValue(resource.getInputStream(), Procedure.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the procedures", e);
        }
        all.sort(Comparator.comparing(Procedure::id));
        return List.copyOf(all);
    }
}
