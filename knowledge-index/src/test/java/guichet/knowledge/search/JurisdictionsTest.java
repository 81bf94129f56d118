package guichet.knowledge.search;

import guichet.knowledge.InvalidKnowledgeSettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JurisdictionsTest {

    private final Jurisdictions defaults = Jurisdictions.defaults();

    private Optional<String> country(String question) {
        return defaults.namedIn(question).map(Jurisdictions.Jurisdiction::name);
    }

    @Test
    void routesAQuestionThatNamesOneCountryWhateverItsLanguage() {
        assertThat(country("combien de jours de congé pour un mariage en Écosse ?")).contains("United Kingdom");
        assertThat(country("je cherche du travail à Glasgow, où m'inscrire ?")).contains("United Kingdom");
        assertThat(country("is the 13th month bonus compulsory in France?")).contains("France");
        assertThat(country("I work in Strasbourg, how many public holidays do I get")).contains("France");
        assertThat(country("ma prime d'activité de la CAF a baissé")).contains("France");
        assertThat(country("I earn £9 an hour, is that legal")).contains("United Kingdom");
    }

    @Test
    void matchesWholeWordsIgnoringCaseAndAccents() {
        assertThat(country("je vis a LONDRES")).contains("United Kingdom");
        assertThat(country("ECOSSE")).contains("United Kingdom");
        assertThat(country("the duke said it was a nice day")).isEmpty();
        assertThat(country("my bukhara rug")).isEmpty();
        assertThat(defaults.all()).extracting(Jurisdictions.Jurisdiction::name)
                .containsExactly("United Kingdom", "France");
    }

    @Test
    void recognisesALongPlaceNameWithOneLetterWrongButNotAShortOne() {
        assertThat(country("je travaille à Londre depuis 2 ans")).contains("United Kingdom");
        assertThat(country("I live in Mancehster and lost my job")).contains("United Kingdom");
        assertThat(country("je suis au chômage au Royame-Uni")).contains("United Kingdom");
        assertThat(country("I moved to Bordaux last year")).contains("France");
        assertThat(country("which pairs of shoes can I claim for")).isEmpty();
        assertThat(country("my benefits were cut in parts")).isEmpty();
    }

    @Test
    void doesNotRouteQuestionsThatNameNoCountryOrTwoAsMuch() {
        assertThat(country("how much holiday am I entitled to")).isEmpty();
        assertThat(country("je suis française et je veux apprendre l'anglais")).isEmpty();
        assertThat(country("I lived in London and now move to Paris, what happens to my benefits")).isEmpty();
        assertThat(Jurisdictions.none().namedIn("je vis à Londres")).isEmpty();
    }

    @Test
    void readsAnOperatorsFileAndRefusesAnIncompleteOne(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("j.json");
        Files.writeString(file, """
                {"jurisdictions": [{"name": "Belgique", "collections": ["belgium"], "cues": ["Bruxelles", "Liège"]}]}
                """);
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"jurisdictions\": [{\"name\": \"Belgique\", \"cues\": [\"Liège\"]}]}");

        assertThat(Jurisdictions.read(file).namedIn("je travaille à Liege").orElseThrow().collections())
                .containsExactly("belgium");
        assertThatThrownBy(() -> Jurisdictions.read(broken)).isInstanceOf(InvalidKnowledgeSettingsException.class)
                .hasMessageContaining("collections");
    }
}
