package guichet.app.employment.eligibility;

import guichet.app.employment.situation.Situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a benefit's rules to a situation. Deterministic and explainable: no model is involved.
 * A condition that is not in force on the day is skipped; an amount is the first, in file order,
 * in force on the day whose conditions all pass.
 */
public final class EligibilityEngine {

    private final RuleBook rules;

    public EligibilityEngine(RuleBook rules) {
        this.rules = rules;
    }

    public RuleBook rules() {
        return rules;
    }

    /**
     * @throws UnknownBenefitException when no rules file has that benefit
     */
    public EligibilityResult evaluate(String benefit, Situation situation, LocalDate day, String language) {
        BenefitRule rule = rules.find(benefit).orElseThrow(() -> new UnknownBenefitException(benefit, rules.ids()));
        return evaluate(rule, situation, day, language);
    }

    public static EligibilityResult evaluate(BenefitRule rule, Situation situation, LocalDate day, String language) {
        List<EligibilityResult.ConditionResult> passed = new ArrayList<>();
        List<EligibilityResult.ConditionResult> failed = new ArrayList<>();
        List<EligibilityResult.ConditionResult> missing = new ArrayList<>();
        Set<GuidanceSource> cited = new LinkedHashSet<>();
        for (BenefitRule.RuleCondition condition : rule.conditions()) {
            if (!condition.appliesOn(day)) {
                continue;
            }
            Condition.Check check = condition.condition().check(situation);
            GuidanceSource source = rule.sources().get(condition.source());
            cited.add(source);
            EligibilityResult.ConditionResult result = new EligibilityResult.ConditionResult(condition.id(),
                    condition.text().in(language), check.status(), List.copyOf(check.missing()), source);
            switch (check.status()) {
                case PASSED -> passed.add(result);
                case FAILED -> failed.add(result);
                case MISSING -> missing.add(result);
            }
        }
        Outcome outcome;
        if (!rule.inForceOn(day)) {
            outcome = Outcome.UNKNOWN;
        } else if (!failed.isEmpty()) {
            outcome = Outcome.NOT_ELIGIBLE;
        } else if (!missing.isEmpty()) {
            outcome = Outcome.UNKNOWN;
        } else {
            outcome = Outcome.ELIGIBLE;
        }
        EligibilityResult.AmountResult amount = outcome == Outcome.NOT_ELIGIBLE ? null
                : amount(rule, situation, day, language).orElse(null);
        if (amount != null) {
            cited.add(amount.source());
        }
        return new EligibilityResult(rule.id(), rule.title().in(language), outcome, passed, failed, missing, amount,
                List.copyOf(cited), day, rule.effectiveFrom());
    }

    private static Optional<EligibilityResult.AmountResult> amount(BenefitRule rule, Situation situation, LocalDate day,
                                                                   String language) {
        for (BenefitRule.Amount amount : rule.amounts()) {
            if (!amount.appliesOn(day)) {
                continue;
            }
            Condition.Check check = amount.when().check(situation);
            if (check.status() == Condition.Status.PASSED) {
                return Optional.of(new EligibilityResult.AmountResult(amount.id(), amount.value(), amount.currency(),
                        amount.per(), amount.text().in(language), rule.sources().get(amount.source()),
                        amount.effectiveFrom()));
            }
            if (check.status() == Condition.Status.MISSING) {
                return Optional.empty();  // which amount applies depends on facts not known yet
            }
        }
        return Optional.empty();
    }

    /** A benefit no rules file describes. */
    public static final class UnknownBenefitException extends IllegalArgumentException {
        public UnknownBenefitException(String benefit, List<String> known) {
            super("no rules for benefit \"" + benefit + "\"; known: " + String.join(", ", known));
        }
    }
}
