package guichet.app.shared.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void readsAmountsWrittenTheBritishAndTheFrenchWay() {
        assertThat(Figures.in("You can get up to £92.05 a week")).containsExactly("92.05");
        assertThat(Figures.in("soit 1 801,80 € brut par mois")).containsExactly("1801.80");
        assertThat(Figures.in("£1,234.50 or 1.234,50 €")).containsExactly("1234.50");
    }

    @Test
    void treatsThreeDigitsAfterASeparatorAsThousands() {
        assertThat(Figures.in("£16,000 in savings")).containsExactly("16000");
        assertThat(Figures.in("16 000 € d'épargne")).containsExactly("16000");
    }

    @Test
    void comparesWholeNumbersWithoutTrailingZeros() {
        assertThat(Figures.in("25.00 and 25")).containsExactly("25");
    }

    @Test
    void findsAFigureTheSourcesDoNotHave() {
        String sources = "You can get up to £92.05 a week if you're 25 or over, or up to £72.90 if you're 18 to 24.";

        assertThat(Figures.unsupported("You get £92.05 a week from age 25.", sources)).isEmpty();
        assertThat(Figures.unsupported("You get £95.00 a week from age 25.", sources)).containsExactly("95");
        assertThat(Figures.unsupported("You get £92.50 a week.", sources)).containsExactly("92.50");
    }

    @Test
    void ignoresCitationMarkersAndPassageIds() {
        assertThat(Figures.unsupported("You get £92.05 a week [1], see S2.", "up to £92.05 a week")).isEmpty();
    }
}
