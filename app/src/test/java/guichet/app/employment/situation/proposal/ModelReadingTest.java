package guichet.app.employment.situation.proposal;

import guichet.app.employment.eligibility.EligibilityEngineTest;
import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.ReadFact;
import guichet.app.employment.situation.Situation;
import guichet.app.employment.situation.SituationExtractorTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The model's second reading as the journey uses it: only unknown facts the rules need, only words the citizen wrote. */
class ModelReadingTest {

    private static final ModelReading READING = new ModelReading(null, SituationExtractorTest.extractor(),
            EligibilityEngineTest.RULES);

    @Test
    void keepsAProposalWhoseWordsAreInTheConversationAndDropsTheOthers() {
        String conversation = "I live in Leeds and lost my job in May.\nWe've got £4,000 in the bank, that's all.";
        Situation known = Situation.builder().merge(Fact.COUNTRY, "gb").build();
        FactProposer model = (message, situation, wanted, language) -> {
            assertThat(wanted).as("known facts are not asked again").doesNotContain(Fact.COUNTRY).contains(Fact.SAVINGS);
            return new FactProposer.Proposals(List.of(
                    new ProposedFact("savings", "4000", "£4,000 in the bank"),
                    new ProposedFact("age", "52", "I'm 52"),
                    new ProposedFact("country", "fr", "Leeds")), "a-model", "abc", 120, 30, 900, "");
        };

        ModelReading.Result result = READING.read(model, conversation, known, "en");

        assertThat(result.kept()).extracting(ReadFact::fact).containsExactly(Fact.SAVINGS);
        assertThat(result.kept().getFirst().value()).isEqualTo(new BigDecimal("4000"));
        assertThat(result.kept().getFirst().how()).isEqualTo(ReadFact.How.MODEL);
        assertThat(result.trace()).hasValueSatisfying(trace -> {
            assertThat(trace.stage()).isEqualTo("read_facts");
            assertThat(trace.outcome()).isEqualTo("kept 1 of 3");
            assertThat(trace.detail()).contains("age: its words are not in the message").contains("country: not asked for");
            assertThat(trace.modelId()).isEqualTo("a-model");
        });
    }

    @Test
    void asksNoModelWhenNoneIsBigEnough() {
        assertThat(READING.read(FactProposer.NONE, "I'm 30", Situation.empty(), "en")).isEqualTo(ModelReading.Result.NONE);
    }
}
