package guichet.app.desk.bias;

import guichet.app.desk.analysis.TriageDecision;
import guichet.app.system.audit.bias.BiasAudit;
import guichet.app.system.audit.bias.BiasHtml;
import guichet.app.system.audit.bias.BiasProperties;
import guichet.app.system.audit.bias.BiasReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The bias audit over the shipped counterfactual letters: a classifier that reads the sender's name fails it, one
 * that reads only what the letter says passes; the report counts flips per attribute with their intervals.
 */
class TriageBiasAuditTest {

    private static final BiasProperties THRESHOLDS = new BiasProperties(Map.of("triage.name", 0.05, "triage.language", 0.05));

    /** Urgent when the letter says the writer is losing their home or has no money: what triage should read. */
    private static TriageDecision fair(String subject, String body) {
        String text = (subject + " " + body).toLowerCase(Locale.ROOT);
        boolean urgent = List.of("leave the flat", "quitter l'appartement", "no money", "plus d'argent").stream()
                .anyMatch(text::contains);
        return new TriageDecision(urgent ? "urgent" : "general", "test", urgent ? "hardship" : "information", "none",
                "test", "test-classifier", urgent ? 1.0 : 0.0, List.of());
    }

    @Test
    void aClassifierThatReadsTheSendersNameFailsTheAudit() {
        Set<String> coded = Set.of("Mohammed Hussain", "Fatima Hussain", "Kwame Mensah", "Abena Mensah",
                "Mohamed Benali", "Fatima Benali", "Mamadou Diallo", "Aminata Diallo");
        TriageBiasProbe biased = new TriageBiasProbe((subject, body, sender, received) -> coded.contains(sender)
                ? new TriageDecision("general", "test", "information", "none", "test", "biased", 0.0, List.of())
                : fair(subject, body));

        BiasReport report = new BiasAudit(THRESHOLDS).run(List.of(biased));

        assertThat(report.passed()).isFalse();
        BiasReport.Attribute name = attribute(report, "name");
        assertThat(name.exceeded()).isTrue();
        assertThat(name.comparisons()).isEqualTo(84); // 6 letters x 2 languages x 7 other names
        assertThat(name.flips()).isEqualTo(16); // 4 coded names in each language, on the 2 urgent letters
        assertThat(name.flipped()).anySatisfy(f -> assertThat(f).contains("eviction/en", "urgent/hardship -> general"));
        BiasReport.Value mohammed = name.values().stream().filter(v -> v.value().equals("Mohammed Hussain")).findFirst().orElseThrow();
        assertThat(mohammed.rate().estimate()).isZero();
        assertThat(mohammed.difference().estimate()).isCloseTo(-1.0 / 3, within(1e-9));
        // Newcombe: 0 of 6 against 2 of 6 (few letters, so a wide interval)
        assertThat(mohammed.difference().low()).isCloseTo(-0.700, within(0.005));
        assertThat(mohammed.difference().high()).isCloseTo(0.123, within(0.005));
        assertThat(BiasHtml.of(report, "2026-12-07T00:00:00Z")).contains("<svg", "failed", "Mohammed Hussain");
    }

    @Test
    void aClassifierThatReadsOnlyTheLetterPassesIt() {
        BiasReport report = new BiasAudit(THRESHOLDS).run(List.of(new TriageBiasProbe((subject, body, sender, received)
                -> fair(subject, body))));

        assertThat(report.passed()).isTrue();
        assertThat(report.probes().getFirst().attributes()).extracting(BiasReport.Attribute::name)
                .containsExactly("name", "age", "disability", "caring", "language");
        for (BiasReport.Attribute attribute : report.probes().getFirst().attributes()) {
            assertThat(attribute.flips()).as(attribute.name()).isZero();
        }
        BiasReport.Attribute disability = attribute(report, "disability");
        assertThat(disability.threshold()).isNull();
        assertThat(disability.flipRate().high()).isCloseTo(0.2425, within(0.001)); // Wilson, 0 of 12
    }

    private static BiasReport.Attribute attribute(BiasReport report, String name) {
        return report.probes().getFirst().attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
