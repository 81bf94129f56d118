package guichet.app.employment.eligibility;

import guichet.app.employment.situation.Fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rules say for one benefit on one day: the outcome, each condition that passed, failed
 * or is missing (with the facts it needs), the amount that applies, and the guidance it all comes from.
 *
 * @param benefit the benefit's id
 * @param title its name, in the language asked for
 * @param outcome eligible, not eligible, or can't tell yet
 * @param passed conditions met
 * @param failed conditions not met
 * @param missing conditions that need facts not known yet
 * @param amount the amount that applies, null when none is known (or it depends on missing facts)
 * @param citations every guidance section the conditions and amount come from, once each
 * @param evaluatedOn the day the rules were applied for
 * @param rulesEffectiveFrom the first day of the rules used
 */
public record EligibilityResult(String benefit, String title, Outcome outcome, List<ConditionResult> passed,
                                List<ConditionResult> failed, List<ConditionResult> missing, AmountResult amount,
                                List<GuidanceSource> citations, LocalDate evaluatedOn, LocalDate rulesEffectiveFrom) {

    public EligibilityResult {
        passed = List.copyOf(passed);
        failed = List.copyOf(failed);
        missing = List.copyOf(missing);
        citations = List.copyOf(citations);
    }

    /** The facts that would settle the missing conditions. */
    public List<Fact> missingFacts() {
        return missing.stream().flatMap(m -> m.missingFacts().stream()).distinct().toList();
    }

    /**
     * One condition's result.
     *
     * @param id the condition's id
     * @param text what it asks, in the language asked for
     * @param status passed, failed or missing
     * @param missingFacts the facts it needs, when missing
     * @param source the guidance section it comes from
     */
    public record ConditionResult(String id, String text, Condition.Status status, List<Fact> missingFacts,
                                  GuidanceSource source) {
    }

    /**
     * The amount that applies.
     *
     * @param id the amount's id
     * @param value how much
     * @param currency GBP or EUR
     * @param per per what period
     * @param text what it is
     * @param source where it is stated
     * @param effectiveFrom since when
     */
    public record AmountResult(String id, BigDecimal value, String currency, String per, String text,
                               GuidanceSource source, LocalDate effectiveFrom) {
    }
}
