package guichet.app.shared.evidence;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonStringFieldTest {

    @Test
    void passesOnOnlyTheFieldsCharactersAsTheyArrive() {
        List<String> out = new ArrayList<>();
        JsonStringField field = new JsonStringField("answer", out::add);

        for (String token : List.of("{\n \"", "ans", "wer\"", ": \"", "You can", " get \\\"up", " to\\\" £92", ".05\"", ", \"completeness\": \"complete\"}")) {
            field.accept(token);
        }

        assertThat(String.join("", out)).isEqualTo("You can get \"up to\" £92.05");
    }

    @Test
    void decodesEscapedCharacters() {
        StringBuilder out = new StringBuilder();
        JsonStringField field = new JsonStringField("answer", out::append);

        field.accept("{\"answer\":\"l\\u00e9gal\\nok\"}");

        assertThat(out.toString()).isEqualTo("légal\nok");
    }

    @Test
    void ignoresOtherFieldsWithTheSameWordInTheirValue() {
        StringBuilder out = new StringBuilder();
        JsonStringField field = new JsonStringField("answer", out::append);

        field.accept("{\"completeness\":\"answer\",\"answer\":\"yes\"}");

        assertThat(out.toString()).isEqualTo("yes");
    }
}
