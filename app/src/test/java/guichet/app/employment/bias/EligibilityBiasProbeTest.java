package guichet.app.employment.bias;

import guichet.app.employment.eligibility.EligibilityEngine;
import guichet.app.employment.eligibility.EligibilityEngineTest;
import guichet.app.system.audit.bias.BiasAudit;
import guichet.app.system.audit.bias.BiasProperties;
import guichet.app.system.audit.bias.BiasReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped eligibility rules under the bias audit: the citizen's language never changes an outcome, and
 * the age limits the rules publish (State Pension age) show up as age flips for a person to judge.
 */
class EligibilityBiasProbeTest {

    @Test
    void theLanguageNeverChangesAnOutcomeAndAgeLimitsAreReported() {
        BiasReport report = new BiasAudit(new BiasProperties(Map.of("eligibility.language", 0.0)))
                .run(List.of(new EligibilityBiasProbe(new EligibilityEngine(EligibilityEngineTest.RULES))));

        assertThat(report.passed()).isTrue();
        Map<String, BiasReport.Attribute> attributes = new java.util.LinkedHashMap<>();
        report.probes().getFirst().attributes().forEach(a -> attributes.put(a.name(), a));
        assertThat(attributes.get("language").flips()).isZero();
        assertThat(attributes.get("language").comparisons()).isEqualTo(4 * EligibilityEngineTest.RULES.all().size());
        assertThat(attributes.get("age").threshold()).isNull();
        assertThat(attributes.get("age").flipped()).anySatisfy(flip -> assertThat(flip)
                .isEqualTo("gb-lost-job/new-style-jsa: eligible -> not_eligible (67)"));
    }
}
