package guichet.app.employment.situation.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a citizen lives, from the places they name. */
class PlacesTest {

    static final Places PLACES = new Places(places());

    static String places() {
        try (InputStream in = PlacesTest.class.getClassLoader().getResourceAsStream("employment/extraction/places.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String home(String text) {
        return PLACES.home(MessageText.fold(text)).map(Places.Mention::country).orElse("");
    }

    @Test
    void whereOneLivesWinsOverWhereOneWorkedOrCameFrom() {
        assertThat(home("I'm a British citizen, 40, living in Spain now after working at a hotel in Brighton")).isEqualTo("es");
        assertThat(home("I moved from Glasgow to Dublin last year for work")).isEqualTo("ie");
        assertThat(home("Je suis française et j'habite à Londres")).isEqualTo("gb");
        assertThat(home("I left London for Lyon")).isEqualTo("fr");
    }

    @Test
    void townsCountiesAndNicknames() {
        assertThat(home("34yo, Brum, just lost my job")).isEqualTo("gb");
        assertThat(home("I live in Stoke-on-Trent")).isEqualTo("gb");
        assertThat(home("je vis à Saint-Étienne")).isEqualTo("fr");
        assertThat(home("I'm in St Etienne")).isEqualTo("fr");
        assertThat(home("born and bred in Northern Ireland")).isEqualTo("gb");
    }

    @Test
    void placesThatAreAlsoWordsNeedCapitalsAndAWordOfPlace() {
        assertThat(home("j'habite à Nancy")).isEqualTo("fr");
        assertThat(home("Nancy told me to ask")).isEmpty();
        assertThat(home("I was reading about it, it was a nice read")).isEmpty();
        assertThat(home("I live in Reading")).isEqualTo("gb");
    }

    @Test
    void anAgencyIsNotACountry() {
        assertThat(home("I'm signed up with France Travail")).isEmpty();
        assertThat(home("I was born in New York")).isEqualTo("us");
    }
}
