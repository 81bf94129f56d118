package guichet.app.employment.adviser;

import guichet.app.employment.actions.Actions;
import guichet.app.employment.eligibility.BenefitRule;
import guichet.app.employment.eligibility.EligibilityOutcomes;
import guichet.app.employment.eligibility.GuidanceSource;
import guichet.app.employment.eligibility.RuleBook;
import guichet.app.employment.memory.CitizenMemory;
import guichet.app.employment.plan.Plans;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A citizen's record as an adviser sees it — the situation the citizen let Guichet remember, the
 * services checked for them and why, their plans' progress, and the hand-overs and requests they
 * confirmed — only while the citizen shares it, and every view audited ({@link RecordViews}).
 */
@Service
public class AdviserRecords {

    /** What an adviser sees of one record. */
    public record CitizenRecord(String reference, Instant sharedSince, List<Line> situation, List<Service> services,
                                List<Progress> plans, List<Note> notes) {
    }

    /** One remembered fact. */
    public record Line(String fact, String value) {
    }

    /** A service checked for the citizen: the outcome, and why (conditions failed or still missing, the guidance). */
    public record Service(String title, String outcome, List<String> failed, List<String> missing, List<String> sources,
                         Instant checkedAt) {
    }

    /** A plan's progress. */
    public record Progress(String title, long done, int steps, String nextStep) {
    }

    /** A hand-over, call-back or appointment the citizen confirmed, with its details (the hand-over's summary). */
    public record Note(String kind, String text, Instant confirmedAt) {
    }

    private final AdviserAccess access;
    private final RecordViews views;
    private final CitizenMemory memory;
    private final EligibilityOutcomes outcomes;
    private final RuleBook rules;
    private final Plans plans;
    private final Actions actions;

    AdviserRecords(AdviserAccess access, RecordViews views, CitizenMemory memory, EligibilityOutcomes outcomes,
                   RuleBook rules, Plans plans, Actions actions) {
        this.access = access;
        this.views = views;
        this.memory = memory;
        this.outcomes = outcomes;
        this.rules = rules;
        this.plans = plans;
        this.actions = actions;
    }

    /** The records shared with advisers now (references and dates only: no view of a record). */
    public List<AdviserAccess.Shared> shared() {
        return access.sharedRecords();
    }

    /**
     * The record behind {@code reference} for {@code adviser} (an owner key), audited; empty when the
     * citizen does not share it (or no longer does).
     */
    public Optional<CitizenRecord> view(String adviser, String reference, String language) {
        return access.find(reference).map(shared -> {
            CitizenRecord record = assemble(shared, language);
            views.record(adviser, shared.owner(), "record " + reference + ": situation " + record.situation().size()
                    + ", services " + record.services().size() + ", plans " + record.plans().size()
                    + ", notes " + record.notes().size());
            return record;
        });
    }

    private CitizenRecord assemble(AdviserAccess.Shared shared, String language) {
        String owner = shared.owner();
        List<Line> situation = memory.situation(owner).asMap().entrySet().stream()
                .map(e -> new Line(e.getKey().key(), e.getKey().format(e.getValue()))).toList();
        List<Service> services = outcomes.list(owner).stream().map(o -> new Service(o.title(), o.outcome().wireName(),
                o.failed(), o.missing(), rules.find(o.benefit()).map(AdviserRecords::sources).orElse(List.of()),
                o.evaluatedAt())).toList();
        List<Progress> progress = plans.plans(owner).stream().map(p -> {
            int next = p.nextStep();
            return new Progress(p.procedure().title(language), p.done().stream().filter(d -> d).count(), p.done().size(),
                    next < 0 ? "" : (next + 1) + ". " + p.procedure().steps().get(next).text(language));
        }).toList();
        List<Note> notes = actions.list(owner).stream().filter(a -> a.status() == Actions.Status.CONFIRMED)
                .map(a -> new Note(a.kind().name().toLowerCase(), note(a), a.decidedAt())).toList();
        return new CitizenRecord(shared.reference(), shared.since(), situation, services, progress, notes);
    }

    private static List<String> sources(BenefitRule rule) {
        return rule.sources().values().stream().map(GuidanceSource::url).distinct().toList();
    }

    private static String note(Actions.Action action) {
        String summary = action.details().get("summary");
        String others = String.join(", ", action.details().entrySet().stream()
                .filter(e -> !e.getKey().equals("summary")).map(e -> e.getKey() + ": " + e.getValue()).toList());
        return summary == null ? others : others.isEmpty() ? summary : summary + " (" + others + ")";
    }
}
