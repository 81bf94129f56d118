package guichet.app.employment.eligibility;

import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.Situation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One condition of a rule: a comparison of a fact, or all / any of nested conditions.
 * Evaluating it gives passed, failed or missing (with the facts that would decide it).
 */
public sealed interface Condition {

    /** The condition's outcome on a situation. */
    Check check(Situation situation);

    /** Every fact the condition reads. */
    Set<Fact> facts();

    /** The outcome of one condition. */
    enum Status { PASSED, FAILED, MISSING }

    /** An outcome, with the facts it still needs when missing. */
    record Check(Status status, Set<Fact> missing) {
        static final Check PASSED = new Check(Status.PASSED, Set.of());
        static final Check FAILED = new Check(Status.FAILED, Set.of());
    }

    /** {@code fact op value}, e.g. {@code age gte 18}. */
    record Compare(Fact fact, Operator op, Object value) implements Condition {
        @Override
        public Check check(Situation situation) {
            return situation.get(fact).map(actual -> op.test(actual, value) ? Check.PASSED : Check.FAILED)
                    .orElseGet(() -> new Check(Status.MISSING, Set.of(fact)));
        }

        @Override
        public Set<Fact> facts() {
            return Set.of(fact);
        }
    }

    /** Passes when every part passes; fails when one fails. */
    record All(List<Condition> parts) implements Condition {
        @Override
        public Check check(Situation situation) {
            Set<Fact> missing = new LinkedHashSet<>();
            for (Condition part : parts) {
                Check check = part.check(situation);
                if (check.status() == Status.FAILED) {
                    return Check.FAILED;
                }
                missing.addAll(check.missing());
            }
            return missing.isEmpty() ? Check.PASSED : new Check(Status.MISSING, missing);
        }

        @Override
        public Set<Fact> facts() {
            Set<Fact> all = new LinkedHashSet<>();
            parts.forEach(p -> all.addAll(p.facts()));
            return all;
        }
    }

    /** Passes when one part passes; fails when every part fails. */
    record Any(List<Condition> parts) implements Condition {
        @Override
        public Check check(Situation situation) {
            Set<Fact> missing = new LinkedHashSet<>();
            for (Condition part : parts) {
                Check check = part.check(situation);
                if (check.status() == Status.PASSED) {
                    return Check.PASSED;
                }
                missing.addAll(check.missing());
            }
            return missing.isEmpty() ? Check.FAILED : new Check(Status.MISSING, missing);
        }

        @Override
        public Set<Fact> facts() {
            Set<Fact> all = new LinkedHashSet<>();
            parts.forEach(p -> all.addAll(p.facts()));
            return all;
        }
    }

    /** Text in each language, e.g. {@code {"en": "be 18 or over", "fr": "avoir 18 ans ou plus"}}. */
    record Texts(Map<String, String> byLanguage) {
        public String in(String language) {
            return byLanguage.getOrDefault(language, byLanguage.getOrDefault("en", byLanguage.values().stream()
                    .findFirst().orElse("")));
        }
    }
}
