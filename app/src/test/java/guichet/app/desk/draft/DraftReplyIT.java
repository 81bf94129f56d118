package guichet.app.desk.draft;

import guichet.app.ask.api.RunningGuichet;
import guichet.app.desk.analysis.AnalysisContext;
import guichet.app.desk.analysis.TriageDecision;
import guichet.app.desk.store.Reference;
import guichet.app.desk.store.ReplyDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's draft on the running app's index and models: the office's letter in the citizen's
 * language around the guidance quoted word for word with its sources, or no quote at all when no
 * passage answers the message.
 */
class DraftReplyIT extends RunningGuichet {

    @Autowired
    DraftReply draft;

    @Test
    void aQuestionTheGuidanceAnswersIsDraftedWithQuotesAndTheirSources() {
        AnalysisContext context = context("Re: Minimum wage", "Hello, I am 19 and work in a shop. What is the minimum "
                + "wage I should be paid per hour?", "Sam Taylor", "en");
        context.references(List.of(Reference.of(Reference.Kind.CLAIM_NUMBER, "UC-1234-5678")));
        context.decision(decision("general"));

        draft.apply(context);

        ReplyDraft reply = context.draft();
        assertThat(reply.language()).isEqualTo("en");
        assertThat(reply.subject()).doesNotStartWith("Re: Re:").contains("Minimum wage");
        assertThat(reply.text()).startsWith("Dear Sam Taylor,").contains("UC-1234-5678").contains("“");
        assertThat(reply.citations()).isNotEmpty()
                .allSatisfy(citation -> assertThat(citation.url()).contains("gov.uk"));
        assertThat(reply.text()).doesNotContain("We have treated your message as urgent.");
    }

    @Test
    void aFrenchMessageIsDraftedInFrenchAndAnUrgentOneSaysSo() {
        AnalysisContext context = context("Rupture conventionnelle", "Bonjour, mon employeur me propose une rupture "
                + "conventionnelle. Quel est le délai de rétractation ?", "marie@example.fr", "fr");
        context.decision(decision("urgent"));

        draft.apply(context);

        assertThat(context.draft().language()).isEqualTo("fr");
        assertThat(context.draft().text()).doesNotContain("marie@example.fr").doesNotContain("Dear")
                .contains("Nous avons traité votre message en priorité.");
    }

    @Test
    void aMessageNoGuidanceAnswersGetsTheLetterWithoutQuotes() {
        AnalysisContext context = context("Parcel", "My parcel from an online shop never arrived and the courier "
                + "will not answer my calls.", "", "en");
        context.decision(decision("general"));

        draft.apply(context);

        assertThat(context.draft().citations()).isEmpty();
        assertThat(context.draft().text()).doesNotContain("“");
        assertThat(context.notes()).anySatisfy(note -> assertThat(note).contains("no guidance passage"));
    }

    private static AnalysisContext context(String subject, String body, String sender, String language) {
        AnalysisContext context = new AnalysisContext("case-draft-1", subject, body, sender,
                Instant.parse("2026-03-11T10:00:00Z"));
        context.language(language);
        return context;
    }

    private static TriageDecision decision(String urgency) {
        return new TriageDecision(urgency, "test", "other", null, "other 0.50", "draft-test", 0.5, List.of());
    }
}
