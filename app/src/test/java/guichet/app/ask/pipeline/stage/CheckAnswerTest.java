package guichet.app.ask.pipeline.stage;

import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.shared.evidence.Source;
import guichet.app.ask.text.AskFixtures;
import guichet.inference.TokenSink;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckAnswerTest {

    private final CheckAnswer stage = new CheckAnswer(AskFixtures.texts(), AskFixtures.languages(), AskFixtures.resources());

    // Two overlapping passages of one section: the answer cites the section once.
    private final Source first = source("S1", "c1", "You get Carer's Allowance if you care for someone at least 35 hours a week.");
    private final Source second = source("S2", "c2", "Carer's Allowance is £83.30 a week. You can backdate it by 3 months.");

    private static Source source(String id, String chunk, String text) {
        return new Source(id, chunk, "/carers-allowance", "Carer's Allowance", "https://www.gov.uk/carers-allowance/what-youll-get",
                List.of("What you'll get"), text, "en", 0.9);
    }

    private AnswerContext answered(String text) {
        AnswerContext context = new AnswerContext("c", "How much is Carer's Allowance?", "en", List.of(), TokenSink.NONE);
        context.sources(List.of(first, second));
        context.answer(text, "partial", List.of(first));
        stage.apply(context);
        return context;
    }

    @Test
    void aFigureQuotedFromAnotherPassageOfTheCitedSectionIsSupported() {
        AnswerContext context = answered("Here is what the official guidance says:\n\n• “Carer's Allowance is £83.30 a week.” [1]");
        assertThat(context.status()).as(context.stopReason()).isEqualTo(AnswerStatus.ANSWERED);
    }

    @Test
    void aFigureNoCitedPassageHasIsStopped() {
        AnswerContext context = answered("Carer's Allowance is £93.30 a week [1]");
        assertThat(context.status()).isEqualTo(AnswerStatus.GUARDRAIL);
        assertThat(context.stopReason()).contains("93.30");
    }

    @Test
    void forbiddenTermsAreLookedForInGuichetsOwnWordsNotInTheQuotedGuidance() {
        Source guaranteed = source("S1", "c1", "You're guaranteed a place if you apply before 1 March.");
        AnswerContext quoting = new AnswerContext("c", "Will I get a place?", "en", List.of(), TokenSink.NONE);
        quoting.sources(List.of(guaranteed));
        quoting.answer("Here is what the official guidance says:\n\n• “You're guaranteed a place if you apply before 1 March.” [1]",
                "", List.of(guaranteed));
        stage.apply(quoting);
        AnswerContext promising = new AnswerContext("c", "Will I get a place?", "en", List.of(), TokenSink.NONE);
        promising.sources(List.of(guaranteed));
        promising.answer("You are guaranteed a place [1]", "", List.of(guaranteed));
        stage.apply(promising);

        assertThat(quoting.status()).as(quoting.stopReason()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(promising.status()).isEqualTo(AnswerStatus.GUARDRAIL);
        assertThat(promising.stopReason()).contains("promise_outcome");
    }
}
