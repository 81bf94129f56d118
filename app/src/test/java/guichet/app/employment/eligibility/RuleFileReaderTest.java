package guichet.app.employment.eligibility;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rules file that cannot be checked is refused with the place named. */
class RuleFileReaderTest {

    private static final String HEAD = """
            {"benefit": "b", "title": "B", "jurisdiction": "GB", "effective": {"from": "2024-01-01"},
             "checkedOn": "2024-01-01", "sources": {"s": {"url": "https://x", "title": "X"}},
             "conditions": [""";

    @Test
    void refusesAnUnknownFact() {
        assertThatThrownBy(() -> RuleFileReader.read("b.json", HEAD
                + "{\"id\": \"c\", \"fact\": \"shoeSize\", \"op\": \"gte\", \"value\": 1, \"source\": \"s\", \"text\": \"t\"}]}"))
                .hasMessageContaining("b.json").hasMessageContaining("unknown fact \"shoeSize\"");
    }

    @Test
    void refusesAnUndeclaredSource() {
        assertThatThrownBy(() -> RuleFileReader.read("b.json", HEAD
                + "{\"id\": \"c\", \"fact\": \"age\", \"op\": \"gte\", \"value\": 1, \"source\": \"nope\", \"text\": \"t\"}]}"))
                .hasMessageContaining("source \"nope\"");
    }

    @Test
    void refusesAComparisonOfTheWrongType() {
        assertThatThrownBy(() -> RuleFileReader.read("b.json", HEAD
                + "{\"id\": \"c\", \"fact\": \"caring\", \"op\": \"gte\", \"value\": 1, \"source\": \"s\", \"text\": \"t\"}]}"))
                .hasMessageContaining("needs a number fact");
    }

    @Test
    void refusesAnUnknownOperator() {
        assertThatThrownBy(() -> RuleFileReader.read("b.json", HEAD
                + "{\"id\": \"c\", \"fact\": \"age\", \"op\": \"about\", \"value\": 1, \"source\": \"s\", \"text\": \"t\"}]}"))
                .hasMessageContaining("unknown operator");
    }
}
