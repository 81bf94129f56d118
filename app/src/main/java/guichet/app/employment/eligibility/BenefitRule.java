package guichet.app.employment.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One benefit's rules, as read from its rules file: the conditions a citizen must meet and the
 * amounts they lead to, each with the dates it applies between and the guidance it comes from.
 *
 * @param id the benefit's id, e.g. "new-style-jsa"
 * @param title the benefit's name per language
 * @param jurisdiction "GB" or "FR"
 * @param effectiveFrom first day the rules apply
 * @param effectiveTo last day they apply, null when still in force
 * @param checkedOn the day the rules were last checked against the guidance
 * @param sources the guidance sections, by key
 * @param conditions what must hold, in the order the guidance lists it
 * @param amounts what the benefit pays (or the rate it guarantees), the first that applies wins
 */
public record BenefitRule(String id, Condition.Texts title, String jurisdiction, LocalDate effectiveFrom,
                          LocalDate effectiveTo, LocalDate checkedOn, Map<String, GuidanceSource> sources,
                          List<RuleCondition> conditions, List<Amount> amounts) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** Every fact the rule's conditions and amounts read: the facts that can change what a citizen is told. */
    public java.util.Set<guichet.app.employment.situation.Fact> facts() {
        java.util.Set<guichet.app.employment.situation.Fact> facts = new java.util.LinkedHashSet<>();
        conditions.forEach(c -> facts.addAll(c.condition().facts()));
        amounts.forEach(a -> facts.addAll(a.when().facts()));
        return facts;
    }

    /**
     * A named condition of the rule.
     *
     * @param id stable id, e.g. "age-18-or-over"
     * @param condition what is tested
     * @param text what the citizen must be or have, per language
     * @param source key of the guidance section
     * @param effectiveFrom first day it applies, null for the rule's own dates
     * @param effectiveTo last day it applies, null for the rule's own dates
     */
    public record RuleCondition(String id, Condition condition, Condition.Texts text, String source,
                                LocalDate effectiveFrom, LocalDate effectiveTo) {
        boolean appliesOn(LocalDate day) {
            return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                    && (effectiveTo == null || !day.isAfter(effectiveTo));
        }
    }

    /**
     * An amount and when it applies.
     *
     * @param id stable id, e.g. "under-25"
     * @param when conditions on the situation (all must pass)
     * @param value the amount
     * @param currency "GBP" or "EUR"
     * @param per "hour", "day", "week", "month", "year" or "total"
     * @param text what it is, per language
     * @param source key of the guidance section
     * @param effectiveFrom first day it applies
     * @param effectiveTo last day it applies, null when still current
     */
    public record Amount(String id, Condition when, BigDecimal value, String currency, String per, Condition.Texts text,
                         String source, LocalDate effectiveFrom, LocalDate effectiveTo) {
        boolean appliesOn(LocalDate day) {
            return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
        }
    }
}
