package guichet.app.shared.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionPartsTest {

    @Test
    void aQuestionAskingOneThingIsOnePart() {
        assertThat(QuestionParts.of("how much child benefit do you get for the first child and for each one after?"))
                .containsExactly("how much child benefit do you get for the first child and for each one after?");
    }

    @Test
    void aConjunctionStartingAnotherQuestionSplitsIt() {
        assertThat(QuestionParts.of("how much is the grant and when do I have to claim it by?"))
                .containsExactly("how much is the grant", "when do I have to claim it by?");
        assertThat(QuestionParts.of("what share do I pay, and is there an extra payment?"))
                .containsExactly("what share do I pay", "is there an extra payment?");
    }

    @Test
    void frenchQuestionsAreSplitToo() {
        assertThat(QuestionParts.of("on a droit à combien de jours par mois, et c'est combien au maximum par an ?"))
                .containsExactly("on a droit à combien de jours par mois", "c'est combien au maximum par an ?");
    }

    @Test
    void eachQuestionMarkEndsAQuestion() {
        assertThat(QuestionParts.of("can I ask for training? how long must I have worked there?"))
                .containsExactly("can I ask for training?", "how long must I have worked there?");
    }

    @Test
    void whatFollowsTheLastQuestionStaysWithIt() {
        assertThat(QuestionParts.of("can I backdate my claim? I didn't know I could apply"))
                .containsExactly("can I backdate my claim? I didn't know I could apply");
    }

    @Test
    void aTooShortFragmentIsNotAQuestionOfItsOwn() {
        List<String> parts = QuestionParts.of("is it paid and how?");
        assertThat(parts).containsExactly("is it paid and how?");
    }

    @Test
    void aGreetingBeforeTheQuestionIsNotAQuestionOfItsOwn() {
        assertThat(QuestionParts.of("Hello? how much is the grant?")).containsExactly("Hello? how much is the grant?");
    }
}
