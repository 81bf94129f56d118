package guichet.app.ask.routing;

import guichet.app.ask.text.AskFixtures;
import guichet.inference.EmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The example classifier with the real multilingual-e5-small and the shipped examples. */
class PrototypeClassifierIT {

    private static PrototypeClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = SharedEmbeddings.classifier();
    }

    // None of these sentences is in routing/examples.jsonl.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hiya                                                    | greeting
            good afternoon                                          | greeting
            thank you so much that helped                           | greeting
            salut ça va                                             | greeting
            merci pour votre aide                                   | greeting
            I need help                                             | unclear
            je comprends pas                                        | unclear
            what                                                    | unclear
            who is going to win the election                        | out_of_scope
            what's a good pizza place near me                       | out_of_scope
            quelle est la meilleure série netflix                   | out_of_scope
            can you see my claim                                    | account_data
            my uc payment hasn't arrived                            | account_data
            quand est-ce que je serai payé                          | account_data
            what's the state pension age                            | genuine_question
            how much is carers allowance a week                     | genuine_question
            combien touche-t-on au chômage en général               | genuine_question
            can i get housing benefit if i work                     | genuine_question
            how much does a passport cost                           | genuine_question
            TV licence if I'm over 75                               | genuine_question
            taxe foncière quand payer                               | genuine_question
            I'm struggling to pay my bills, is there any help?      | genuine_question
            my mental health is bad, can I get PIP for anxiety?     | genuine_question
            I'm exhausted with all these forms                      | genuine_question
            je suis épuisé par toutes ces démarches                 | genuine_question
            je viens d'être licencié que faire                      | genuine_question
            what's 15% of 200                                       | genuine_question
            """)
    void labelsUnseenMessages(String message, String label) {
        PrototypeClassifier.Classification result = classifier.classify(message);
        assertThat(result.label()).as(message + " " + classifier.scores(message)).isEqualTo(label);
    }

    @Test
    void prefersAnsweringWhenUnsure() {
        PrototypeClassifier.Classification result = classifier.classify("how much will my carers allowance be this month");
        assertThat(result.label()).isEqualTo("genuine_question");
        assertThat(result.score()).isBetween(0.7, 1.0);
    }

    @Test
    void embedsTheExamplesOnceOnFirstUse() {
        AtomicInteger calls = new AtomicInteger();
        EmbeddingModel counting = new EmbeddingModel() {
            @Override
            public guichet.inference.EmbeddingModelInfo info() {
                return SharedEmbeddings.e5().info();
            }

            @Override
            public float[] embedQuery(String query) {
                calls.incrementAndGet();
                return SharedEmbeddings.e5().embedQuery(query);
            }

            @Override
            public List<float[]> embedPassages(List<String> passages) {
                return SharedEmbeddings.e5().embedPassages(passages);
            }

            @Override
            public void close() {
            }
        };
        RouteLabels labels = new RouteLabels(AskFixtures.resources(), AskFixtures.texts());
        List<RoutingExample> examples = List.of(
                // texts no other test embeds: example vectors are kept for the whole process
                new RoutingExample("genuine_question", "en", "How do I put in a claim for JSA this week?"),
                new RoutingExample("greeting", "en", "hello there, good morning"));
        PrototypeClassifier small = new PrototypeClassifier(examples, () -> counting, RoutingProperties.defaults(), labels);
        assertThat(calls).hasValue(0);
        small.classify("hi");
        small.classify("how do I claim esa");
        assertThat(calls).hasValue(2 + 2);
    }

    @Test
    void theFallbackLabelNeedsExamples() {
        RouteLabels labels = new RouteLabels(AskFixtures.resources(), AskFixtures.texts());
        assertThatThrownBy(() -> new PrototypeClassifier(
                List.of(new RoutingExample("greeting", "en", "hi")), SharedEmbeddings::e5,
                RoutingProperties.defaults(), labels)).hasMessageContaining("genuine_question");
    }
}
