package guichet.app.employment.situation.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Slips towards the patterns' vocabulary; right words stay as written. */
class SpellingSlipsTest {

    static final SpellingSlips SLIPS = new SpellingSlips(
            List.of("universal", "eligible", "redundant", "saving", "savings", "contract", "licencie", "apprenticeship"),
            List.of("Southampton", "Montpellier", "Cannes"), List.of("saying", "contact", "licence"));

    static String correct(String text) {
        return SLIPS.correct(MessageText.of(text).plain()).text();
    }

    @Test
    void slipsAreCorrected() {
        assertThat(correct("can i get univarsal credit, am i elegible")).isEqualTo("can i get universal credit, am i eligible");
        assertThat(correct("I was made redundent")).isEqualTo("I was made redundant");
        assertThat(correct("my apprenticship")).isEqualTo("my apprenticeship");
        assertThat(correct("im 28 an live in southhampton")).isEqualTo("im 28 an live in southampton");
        assertThat(correct("I live in Montpelier now")).isEqualTo("I live in Montpellier now");
    }

    @Test
    void rightWordsStay() {
        assertThat(correct("He was saying his contact had a licence")).isEqualTo("He was saying his contact had a licence");
        assertThat(correct("I had canned soup")).as("a lower-case word is a place only after 'in', 'at'...")
                .isEqualTo("I had canned soup");
        assertThat(correct("savings")).isEqualTo("savings");
        assertThat(correct("UNIVARSAL")).as("capitals are an acronym").isEqualTo("UNIVARSAL");
        assertThat(correct("carer")).as("too short to correct").isEqualTo("carer");
    }

    @Test
    void anInflectionIsAWordNotASlip() {
        assertThat(SpellingSlips.inflected("course", "courses")).isTrue();
        assertThat(SpellingSlips.inflected("employ", "employed")).isTrue();
        assertThat(SpellingSlips.inflected("saying", "saving")).isFalse();
    }

    @Test
    void distanceCountsSwapsAsOneEdit() {
        assertThat(SpellingSlips.distance("salaire", "salarie", 2)).isEqualTo(1);
        assertThat(SpellingSlips.distance("electricle", "electrical", 2)).isEqualTo(2);
        assertThat(SpellingSlips.distance("abcdefgh", "zzzzzzzz", 2)).isEqualTo(3);
    }
}
