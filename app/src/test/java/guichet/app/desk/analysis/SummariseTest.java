package guichet.app.desk.analysis;

import guichet.app.desk.DeskFixtures;
import guichet.app.desk.analysis.urgency.UrgencySignal;
import guichet.inference.EngineUnavailableException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's summary: without a usable model it is the analysis's own headline and the message's
 * sentences; a model's summary is shown only when it is about this message and adds no figure.
 */
class SummariseTest {

    private static final String MESSAGE = "My Universal Credit payment of £412 did not arrive on 3 March. "
            + "I have no money for food for my children this week. Please can someone check my claim today.";

    private final Summarise summarise = new Summarise(() -> {
        throw new EngineUnavailableException("no chat model on this machine");
    }, DeskFixtures.resources(), DeskFixtures.languages(), DeskFixtures.defaults(), new Taxonomy(DeskFixtures.resources()));

    @Test
    void withoutAModelTheSummaryIsTheHeadlineThenTheMessagesOwnSentences() {
        AnalysisContext context = context("Payment missing", MESSAGE, "Jane Doe", "en");
        context.decision(decision("payment_problem", List.of(signal("en/no_food"))));

        summarise.apply(context);

        assertThat(context.summaryBy()).isEqualTo(Summarise.EXTRACTIVE);
        assertThat(context.summary()).startsWith("Jane Doe writes about: payment problem. Urgent because of: no food.");
        assertThat(context.summary()).contains("£412");
    }

    @Test
    void aMessageInAnotherLanguageIsNamedAndQuotedInItsOwnWords() {
        AnalysisContext context = context("Versement", "Mon allocation de 412 € n'a pas été versée le 3 mars. "
                + "Pouvez-vous vérifier mon dossier ?", "marie@example.fr", "fr");
        context.decision(decision("payment_problem", List.of()));

        summarise.apply(context);

        assertThat(context.summary()).startsWith("The writer writes in French about: payment problem.");
        assertThat(context.summary()).contains("In their words: “").contains("412 €");
    }

    @Test
    void aModelSummaryAboutThisMessageIsAccepted() {
        String summary = "The writer says their Universal Credit payment of £412 did not arrive on 3 March and asks "
                + "for their claim to be checked today, as there is no money for food for the children.";

        assertThat(summarise.problemWith(summary, MESSAGE, "en", "en")).isEmpty();
    }

    @Test
    void aModelSummaryWithAFigureTheMessageDoesNotHaveIsRefused() {
        String summary = "The writer says their Universal Credit payment of £1,250 did not arrive on 3 March and asks "
                + "for their claim to be checked today.";

        assertThat(summarise.problemWith(summary, MESSAGE, "en", "en")).isNotEmpty();
    }

    @Test
    void aModelSummaryAboutSomethingElseOrTooShortIsRefused() {
        assertThat(summarise.problemWith("The writer would like information about renewing a passport abroad "
                + "before travelling with relatives next summer.", MESSAGE, "en", "en")).isEqualTo("not about this message");
        assertThat(summarise.problemWith("Payment missing.", MESSAGE, "en", "en")).isEqualTo("too short");
        assertThat(summarise.problemWith(" ", MESSAGE, "en", "en")).isEqualTo("empty");
    }

    private static AnalysisContext context(String subject, String body, String sender, String language) {
        AnalysisContext context = new AnalysisContext("c1", subject, body, sender, Instant.parse("2026-03-11T10:00:00Z"));
        context.language(language);
        return context;
    }

    private static TriageDecision decision(String category, List<UrgencySignal> signals) {
        return new TriageDecision(signals.isEmpty() ? "general" : "urgent", "test", category, null, category + " 0.70",
                "summarise-test", 0.5, signals);
    }

    private static UrgencySignal signal(String rule) {
        return new UrgencySignal(rule, "no money for food", "writer", Set.of(), "");
    }
}
