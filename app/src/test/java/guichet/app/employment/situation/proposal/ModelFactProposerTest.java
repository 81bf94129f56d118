package guichet.app.employment.situation.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.employment.EmploymentProperties;
import guichet.app.employment.situation.Fact;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fact schema, reading the model's output, and which models are asked. */
class ModelFactProposerTest {

    @Test
    void theSchemaTypesEachFactsValueAndAsksForItsWords() {
        JsonNode schema = ModelFactProposer.schema(List.of(Fact.AGE, Fact.COUNTRY, Fact.HEALTH_PREVENTS_WORK));
        JsonNode options = schema.path("properties").path("facts").path("items").path("anyOf");
        assertThat(options).hasSize(3);
        assertThat(options.get(0).path("properties").path("value").path("type").asText()).isEqualTo("number");
        assertThat(options.get(1).path("properties").path("value").path("enum").toString()).contains("\"gb\"", "\"fr\"");
        assertThat(options.get(2).path("properties").path("value").path("type").asText()).isEqualTo("boolean");
        assertThat(options.get(0).path("required").toString()).contains("words");
    }

    @Test
    void anOutputCutShortKeepsItsWholeFacts() {
        List<ProposedFact> facts = new ArrayList<>();
        boolean whole = ModelFactProposer.parse("{\"facts\": [{\"fact\": \"age\", \"value\": 34, \"words\": \"I'm 34\"}, "
                + "{\"fact\": \"savings\", \"value\": 25000, \"words\": \"about £25k put b", facts);
        assertThat(whole).isFalse();
        assertThat(facts).containsExactly(new ProposedFact("age", "34", "I'm 34"));
        facts.clear();
        assertThat(ModelFactProposer.parse("{\"facts\": [{\"fact\": \"fullTimeEducation\", \"value\": false, \"words\": \"not studying\"}]}",
                facts)).isTrue();
        assertThat(facts).containsExactly(new ProposedFact("fullTimeEducation", "false", "not studying"));
    }

    @Test
    void onlyAModelBigEnoughIsAskedUnlessItsSizeIsUnknown() {
        EmploymentProperties.Reader defaults = new EmploymentProperties.Reader(true, 400_000_000, 200);
        assertThat(FactProposers.asks(defaults, 134_515_008)).isFalse();
        assertThat(FactProposers.asks(defaults, 494_000_000)).isTrue();
        assertThat(FactProposers.asks(defaults, 0)).as("a remote pool").isTrue();
        assertThat(FactProposers.asks(new EmploymentProperties.Reader(false, 0, 200), 7_000_000_000L)).isFalse();
    }
}
