package guichet.app.ask.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerCaseTest {

    @Test
    void readsALineOfTheOlderFormatWithTheLanguageGuessedFromTheKindAndNoSplit(@TempDir Path dir) throws IOException {
        Path set = Files.writeString(dir.resolve("dev.jsonl"), """
                {"question": "un CDD classique peut durer combien de temps au maximum ?", "expected_paths": ["F36", "F38"], "key_facts": ["18 mois"], "answerable": true, "kind": "fr"}

                {"question": "combien coûte une carte grise ?", "expected_paths": [], "key_facts": [], "answerable": false, "kind": "unanswerable"}
                """);

        var cases = AnswerCase.read(set);

        assertThat(cases).extracting(AnswerCase::id).containsExactly("line-1", "line-3");
        assertThat(cases).extracting(AnswerCase::language).containsExactly("fr", "en");
        assertThat(cases).extracting(AnswerCase::split).containsOnly("");
        assertThat(cases.getFirst().keyFacts()).containsExactly("18 mois");
    }

    @Test
    void takesTheLanguageOfAFrenchUnanswerableQuestionFromItsLanguageField() {
        assertThat(DevSetOutcomes.CARTE_GRISE.language()).isEqualTo("fr");
        assertThat(DevSetOutcomes.CARTE_GRISE.split()).isEqualTo("validate");
        assertThat(DevSetOutcomes.CARTE_GRISE.type()).isEqualTo("unanswerable");
        assertThat(DevSetOutcomes.JSA_AMOUNT.wording()).isEqualTo("first_person");
    }

    @Test
    void refusesASplitOtherThanTuneOrValidateNamingTheLine(@TempDir Path dir) throws IOException {
        Path set = Files.writeString(dir.resolve("dev.jsonl"), """
                {"question": "how much is child benefit?", "expected_paths": ["/child-benefit"], "key_facts": ["£25.60"], "answerable": true, "kind": "en", "split": "tune"}
                {"question": "how much is child benefit?", "expected_paths": ["/child-benefit"], "key_facts": ["£25.60"], "answerable": true, "kind": "en", "split": "validation"}
                """);

        assertThatThrownBy(() -> AnswerCase.read(set)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dev.jsonl:2: split must be one of [tune, validate]");
    }

    @Test
    void refusesALineThatIsNotJson(@TempDir Path dir) throws IOException {
        Path set = Files.writeString(dir.resolve("dev.jsonl"), "not json\n");

        assertThatThrownBy(() -> AnswerCase.read(set)).hasMessageStartingWith("dev.jsonl:1: ");
    }
}
