package guichet.app.shared.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static guichet.app.shared.privacy.DetectorAssertions.assertFinds;
import static guichet.app.shared.privacy.DetectorAssertions.assertFindsNothing;
import static org.assertj.core.api.Assertions.assertThat;

class FrenchSocialSecurityNumbersTest {

    private final FrenchSocialSecurityNumbers detector = new FrenchSocialSecurityNumbers();

    @Test
    void computesTheKeyIncludingCorsica() {
        assertThat(FrenchSocialSecurityNumbers.key("1850578006084")).isEqualTo(91);
        assertThat(FrenchSocialSecurityNumbers.key("178052A012345")).isEqualTo(34);
        assertThat(FrenchSocialSecurityNumbers.key("289112B034567")).isEqualTo(44);
    }

    @Test
    void findsNumbersWithAValidKey() {
        assertFinds(detector, "mon numéro de sécu est 185057800608491 merci", "185057800608491");
        assertFinds(detector, "n° 2 95 06 99 126 111 29", "2 95 06 99 126 111 29");
        assertFinds(detector, "sécu 1 78 05 2A 012 345 34 (Ajaccio)", "1 78 05 2A 012 345 34");
        assertFinds(detector, "289112b03456744", "289112b03456744");
        assertFinds(detector, "2.69.09.75.123.456.95", "2.69.09.75.123.456.95");
    }

    @Test
    void findsANumberWithAWrongKeyWhenWrittenAsOnTheCard() {
        assertFinds(detector, "c'est 1 85 05 78 006 084 19 je crois", "1 85 05 78 006 084 19");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "référence 185057800608419",                 // wrong key, not in the card's layout
        "numéro de dossier 123456789012345",
        "SIRET 732 829 320 00074",                   // a company number
        "1850578006084",                             // no key at all
        "52 rue de la République 75011 Paris"
    })
    void leavesOtherNumbersAlone(String text) {
        assertFindsNothing(detector, text);
    }
}
