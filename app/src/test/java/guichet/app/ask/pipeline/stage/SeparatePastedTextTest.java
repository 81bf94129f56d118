package guichet.app.ask.pipeline.stage;

import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.text.AskFixtures;
import guichet.inference.TokenSink;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stage that keeps a citizen's request apart from the letter they pasted, which is data, not a question. */
class SeparatePastedTextTest {

    private final SeparatePastedText stage = new SeparatePastedText(AskFixtures.languages());

    @Test
    void aPastedLetterIsSetApartFromTheRequestAndTheReplyFollowsTheRequestsLanguage() {
        AnswerContext context = new AnswerContext("c1", """
                What does this letter mean for me?

                Madame, Monsieur,
                Votre allocation sera suspendue à compter du 1er avril faute de justificatifs.
                Veuillez nous transmettre votre attestation employeur sous quinze jours.
                """, "fr", List.of(), TokenSink.NONE);

        stage.apply(context);

        assertThat(context.request()).isEqualTo("What does this letter mean for me?");
        assertThat(context.flags()).contains("pasted_text");
        assertThat(context.language()).isEqualTo("en");
    }

    @Test
    void anOrdinaryQuestionIsLeftWhole() {
        AnswerContext context = new AnswerContext("c1", "How do I claim New Style JSA after being made redundant?", "en",
                List.of(), TokenSink.NONE);

        stage.apply(context);

        assertThat(context.request()).isEqualTo("How do I claim New Style JSA after being made redundant?");
        assertThat(context.flags()).doesNotContain("pasted_text");
    }
}
