package guichet.app.employment.summary;

import guichet.app.employment.texts.EmploymentTexts;
import guichet.app.employment.actions.Actions;
import guichet.app.employment.eligibility.EligibilityOutcomes;
import guichet.app.employment.memory.CitizenMemory;
import guichet.app.employment.plan.Plans;
import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.Situation;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a citizen stands, in a few lines, from what is stored (no model): the situation they let
 * Guichet remember, the latest eligibility outcomes, their plans' next steps, and proposals waiting
 * for them. It is the returning greeting, and the hand-over summary the citizen sees before it is sent.
 */
@Component
public class JourneySummary {

    private final CitizenMemory memory;
    private final EligibilityOutcomes outcomes;
    private final Plans plans;
    private final Actions actions;
    private final EmploymentTexts texts;

    JourneySummary(CitizenMemory memory, EligibilityOutcomes outcomes, Plans plans, Actions actions, EmploymentTexts texts) {
        this.memory = memory;
        this.outcomes = outcomes;
        this.plans = plans;
        this.actions = actions;
        this.texts = texts;
    }

    /** The situation as a short list, e.g. "age: 45; region: yorkshire and the humber; employmentStatus: unemployed". */
    public static String situationLine(Situation situation) {
        List<String> parts = new ArrayList<>();
        situation.asMap().forEach((fact, value) -> parts.add(fact.key() + ": " + fact.format(value)));
        return String.join("; ", parts);
    }

    /** The summary for a hand-over: situation, outcomes, plans. */
    public String summary(String owner, Situation situation, String language) {
        List<String> lines = new ArrayList<>();
        if (!situation.known().isEmpty()) {
            lines.add(situationLine(situation));
        }
        outcomes.list(owner).forEach(o -> lines.add(o.title() + ": " + texts.text("journey.outcome." + o.outcome().wireName(),
                language)));
        plans.plans(owner).forEach(p -> lines.add(p.procedure().title(language) + " (" + p.done().stream().filter(d -> d).count()
                + "/" + p.done().size() + ")"));
        return String.join(" | ", lines);
    }

    /** The returning greeting, or empty when there is nothing to pick up. */
    public Optional<String> greeting(String owner, String language) {
        Situation remembered = memory.situation(owner);
        var stored = outcomes.list(owner);
        var planned = plans.plans(owner);
        var all = actions.list(owner);
        if (remembered.known().isEmpty() && stored.isEmpty() && planned.isEmpty() && all.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        var since = stored.stream().map(EligibilityOutcomes.Stored::evaluatedAt).max(java.util.Comparator.naturalOrder())
                .or(() -> planned.stream().map(Plans.Plan::startedAt).max(java.util.Comparator.naturalOrder()))
                .or(() -> all.stream().map(Actions.Action::proposedAt).max(java.util.Comparator.naturalOrder()));
        lines.add(texts.text("journey.greeting.back", language, since.map(i -> i.atZone(ZoneOffset.UTC).toLocalDate().toString())
                .orElse("-")));
        if (!remembered.known().isEmpty()) {
            lines.add(texts.text("journey.greeting.known", language, situationLine(remembered)));
        }
        stored.forEach(o -> {
            String detail = texts.text("journey.outcome." + o.outcome().wireName(), language)
                    + (o.missing().isEmpty() ? "" : " (" + String.join("; ", o.missing()) + ")")
                    + (o.failed().isEmpty() ? "" : " (" + String.join("; ", o.failed()) + ")");
            lines.add(texts.text("journey.greeting.outcome", language, o.title(), detail));
        });
        for (Plans.Plan plan : planned) {
            int next = plan.nextStep();
            long done = plan.done().stream().filter(d -> d).count();
            lines.add(texts.text("journey.greeting.plan", language, plan.procedure().title(language), done, plan.done().size(),
                    next < 0 ? "-" : (next + 1) + ". " + plan.procedure().steps().get(next).text(language)));
        }
        all.stream().filter(a -> a.status() == Actions.Status.PROPOSED).findFirst().ifPresent(a ->
                lines.add(texts.text("journey.greeting.pending", language, describe(a))));
        all.stream().filter(a -> a.status() == Actions.Status.CONFIRMED && a.kind() == Actions.Kind.APPOINTMENT).findFirst()
                .ifPresent(a -> lines.add(texts.text("journey.greeting.booked", language, describe(a))));
        return Optional.of(String.join("\n", lines));
    }

    static String describe(Actions.Action action) {
        return action.kind().name().toLowerCase() + " " + String.join(", ", action.details().entrySet().stream()
                .filter(e -> !e.getKey().equals("summary")).map(java.util.Map.Entry::getValue).toList());
    }

    static boolean knows(Situation situation, Fact fact) {
        return situation.knows(fact);
    }
}
