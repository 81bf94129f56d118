package guichet.app.desk.analysis.urgency;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An urgency rule that matched a clause, with who bears the risk and, when it does not count, why.
 *
 * @param rule the rule's qualified id, e.g. {@code en/eviction}
 * @param excerpt the words around the match (matching form: lower case, no accents)
 * @param bearer who the risk falls on: {@code writer}, {@code dependant} (a child or a person in the
 *               writer's care), {@code staff}, or empty when the clause does not say
 * @param discountedBy the stances that keep it from counting; empty when it counts
 * @param when the date of the clause that made a dated rule count, e.g. {@code tomorrow → 2026-03-27}
 */
public record UrgencySignal(String rule, String excerpt, String bearer, Set<Stance> discountedBy, String when) {

    public UrgencySignal {
        discountedBy = Set.copyOf(discountedBy);
        when = when == null ? "" : when;
    }

    public boolean counts() {
        return discountedBy.isEmpty();
    }

    /** {@code en/threat [staff] (“…”)}, or {@code en/eviction (past: “…”)} for one that does not count. */
    public String describe() {
        StringBuilder text = new StringBuilder(rule);
        if (counts()) {
            if (!bearer.isEmpty()) {
                text.append(" [").append(bearer).append(']');
            }
            if (!when.isEmpty()) {
                text.append(" [").append(when).append(']');
            }
            return excerpt.isBlank() ? text.toString() : text.append(" (“").append(excerpt).append("”)").toString();
        }
        String why = List.copyOf(discountedBy).stream().sorted().map(Stance::id).collect(Collectors.joining(", "));
        return text.append(" (").append(why).append(excerpt.isBlank() ? "" : ": “" + excerpt + "”").append(')').toString();
    }
}
