package guichet.app.shared.text;

import guichet.app.ask.text.AskFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionLanguageTest {

    private final QuestionLanguage languages = AskFixtures.languages();

    @ParameterizedTest
    @ValueSource(strings = {
        "how do i claim esa after being signed off",
        "Can my employer make me work on a bank holiday?",
        "got a letter saying my pip is stopping what now",
        "is there any grant for buying work boots",
        "jobseekers allowance how long"
    })
    void recognisesEnglish(String question) {
        assertThat(languages.detect(question)).contains("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "est ce que jai droit a l'ARE si je demissionne",
        "Mon patron peut-il m'obliger à travailler le 1er mai ?",
        "combien de temps pour toucher le chomage",
        "rupture conventionnelle delai de retractation",
        "je cherche une formation de cariste"
    })
    void recognisesFrench(String question) {
        assertThat(languages.detect(question)).contains("fr");
    }

    @Test
    void recognisesOtherLanguages() {
        assertThat(languages.detect("¿Cómo puedo pedir el subsidio por desempleo?")).contains("es");
        assertThat(languages.detect("Wie beantrage ich Arbeitslosengeld in Frankreich?")).contains("de");
        assertThat(languages.detect("كيف أسجل في مكتب التوظيف؟")).contains("ar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "merci", "ok", "RSA ?", "PIP", "https://www.gov.uk/universal-credit"})
    void staysQuietOnTooLittleText(String text) {
        assertThat(languages.detect(text)).isEmpty();
    }

    @Test
    void needsAtLeastTwoLanguages() {
        assertThatThrownBy(() -> new QuestionLanguage(List.of("en"), 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
