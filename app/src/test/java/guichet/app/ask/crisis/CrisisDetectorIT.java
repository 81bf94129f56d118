package guichet.app.ask.crisis;

import guichet.app.ask.routing.SharedEmbeddings;
import guichet.app.ask.text.AskFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The crisis detector with the shipped rules and examples and the real multilingual-e5-small: indirect wordings. */
class CrisisDetectorIT {

    private static final CrisisDetector DETECTOR = new CrisisDetector(AskFixtures.resources(), SharedEmbeddings::e5);

    // None of these sentences is a rule's phrase or in routing/crisis/examples.jsonl: the examples must carry them.
    @ParameterizedTest
    @ValueSource(strings = {
        "I can't see any future for me",
        "je ne vois pas d'avenir pour moi"
    })
    void recognisesHopelessnessInIndirectWords(String message) {
        assertThat(DETECTOR.detect(message)).as(message).hasValueSatisfying(found ->
                assertThat(found.categories()).contains("suicide"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We're expecting our first baby. How much is the Sure Start Maternity Grant?",
        "Nous attendons des jumeaux, quelle prime de naissance ?",
        "My daughter is 17, can she get a bus pass?",
        "How much is Child Benefit for two children?"
    })
    void leavesQuestionsAboutChildrenAlone(String message) {
        assertThat(DETECTOR.detect(message)).as(message + " " + DETECTOR.leads(message)).isEmpty();
    }
}
