package guichet.app.ask.pasted;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The citizen's request apart from a letter they pasted, however they point at it. */
class PastedTextTest {

    private static final String LETTER = "\"Leeds City Council Council Tax - Single Person Discount review\n"
            + "Account reference: 30418827\nDear resident, please confirm within 21 days that you still live alone, "
            + "or the discount will be removed from your account.\"";

    // Requests from a set of fresh messages written by someone who had not read this code.
    @ParameterizedTest
    @ValueSource(strings = {
        "landlord sent this. what happens now? what do I have to pay and when??",
        "work gave me this at the end of my shift. does this mean im sacked?",
        "whats this about, i live on my own since my partner moved out last year.",
        "Council tax letter came today, bit worried about the court bit.",
        "on a glissé ça dans ma boite aux lettres. c'est normal ? faut faire quoi",
        "convocation france travail, je dois y aller obligé ? c quand exactement",
        "Bonjour, c'est un courrier de l'assurance maladie sur mon arrêt. Combien je vais recevoir ?",
        "Could you help me understand this? No idea what they want from me.",
        "is this rent increase legal or not",
        "Mon proprio me demande ça, je signe ou pas ?",
        "This arrived this morning. Can they really stop my money?"
    })
    void separatesTheRequestFromTheLetterItPointsAt(String request) {
        PastedText split = PastedText.split(request + "  " + LETTER);
        assertThat(split.hasPasted()).isTrue();
        assertThat(split.request()).isEqualTo(request);
        assertThat(split.pasted()).startsWith("Leeds City Council");
    }

    @Test
    void aLongQuestionInTwoParagraphsOfTheCitizensOwnIsAllRequest() {
        String question = "I've been on Universal Credit since March and my hours at the warehouse keep changing week to week.\n\n"
                + "Some months I earn more than others and my payment goes up and down a lot. Is there a way to even it out, "
                + "or to know in advance what I will get? It makes budgeting really hard with two kids.";
        assertThat(PastedText.split(question).hasPasted()).isFalse();
    }

    @Test
    void aQuestionWithNothingPastedIsAllRequest() {
        String question = "I got a letter saying my Universal Credit will stop. Why would they stop it?";
        assertThat(PastedText.split(question).hasPasted()).isFalse();
        assertThat(PastedText.split(question).request()).isEqualTo(question);
    }
}
