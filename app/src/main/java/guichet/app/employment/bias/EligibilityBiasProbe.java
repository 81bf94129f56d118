package guichet.app.employment.bias;

import guichet.app.employment.eligibility.BenefitRule;
import guichet.app.employment.eligibility.EligibilityEngine;
import guichet.app.employment.eligibility.EligibilityResult;
import guichet.app.employment.eligibility.Outcome;
import guichet.app.employment.situation.Situation;
import guichet.app.system.audit.bias.Counterfactual;
import guichet.app.system.audit.bias.CounterfactualProbe;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The eligibility rules under the bias audit: typical situations varied by age band, a health condition that
 * prevents work, a caring role, and the language the citizen uses, against every benefit of the rule book. The
 * rules read no name or gender, so those are not varied. Age and health are conditions of some benefits, so
 * their differences are reported for a person to judge, not failed.
 */
@Component
@Order(2)
class EligibilityBiasProbe implements CounterfactualProbe {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** Situations a jobseeker or worker is typically in, with the reference value of every attribute varied. */
    private static final Map<String, Map<String, String>> SITUATIONS = situations();

    private final EligibilityEngine engine;

    EligibilityBiasProbe(EligibilityEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "eligibility";
    }

    @Override
    public String positiveOutcome() {
        return "eligible";
    }

    @Override
    public List<Counterfactual> run() {
        List<Counterfactual> variants = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> situation : SITUATIONS.entrySet()) {
            for (BenefitRule rule : engine.rules().all()) {
                String caseId = situation.getKey() + "/" + rule.id();
                vary(variants, caseId, rule, situation.getValue(), "age", "age", List.of("35", "19", "23", "58", "67"));
                vary(variants, caseId, rule, situation.getValue(), "health", "healthPreventsWork", List.of("false", "true"));
                vary(variants, caseId, rule, situation.getValue(), "caring", "caring", List.of("false", "true"));
                for (String language : List.of("en", "fr")) {
                    Outcome outcome = evaluate(rule, situation.getValue(), language);
                    variants.add(new Counterfactual(caseId, "language", language, language.equals("en"),
                            outcome.wireName(), outcome == Outcome.ELIGIBLE));
                }
            }
        }
        return variants;
    }

    private void vary(List<Counterfactual> variants, String caseId, BenefitRule rule, Map<String, String> situation,
                      String attribute, String fact, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            Map<String, String> varied = new LinkedHashMap<>(situation);
            varied.put(fact, values.get(i));
            Outcome outcome = evaluate(rule, varied, "en");
            variants.add(new Counterfactual(caseId, attribute, values.get(i), i == 0, outcome.wireName(),
                    outcome == Outcome.ELIGIBLE));
        }
    }

    private static Outcome evaluate(BenefitRule rule, Map<String, String> facts, String language) {
        EligibilityResult result = EligibilityEngine.evaluate(rule, Situation.of(facts), DAY, language);
        return result.outcome();
    }

    private static Map<String, Map<String, String>> situations() {
        Map<String, Map<String, String>> situations = new LinkedHashMap<>();
        situations.put("gb-lost-job", Map.of("country", "gb", "employmentStatus", "unemployed", "jobLossInvoluntary", "true",
                "workedAsEmployee", "true", "class1Contributions", "true", "savings", "2000", "fullTimeEducation", "false",
                "healthPreventsWork", "false", "caring", "false", "age", "35"));
        situations.put("gb-apprentice", Map.of("country", "gb", "employmentStatus", "employed", "apprentice", "true",
                "apprenticeshipYear", "1", "hoursPerWeek", "30", "savings", "500", "fullTimeEducation", "false",
                "healthPreventsWork", "false", "caring", "false", "age", "35"));
        situations.put("fr-licencie", Map.of("country", "fr", "employmentStatus", "unemployed", "registeredJobseeker", "true",
                "jobLossInvoluntary", "true", "daysWorked", "400", "hoursWorked", "2800", "workedAsEmployee", "true",
                "healthPreventsWork", "false", "caring", "false", "age", "35"));
        situations.put("fr-salarie", Map.of("country", "fr", "employmentStatus", "employed", "workedAsEmployee", "true",
                "hoursPerWeek", "35", "healthPreventsWork", "false", "caring", "false", "age", "35"));
        return situations;
    }
}
