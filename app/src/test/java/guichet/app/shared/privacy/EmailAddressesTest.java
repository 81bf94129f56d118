package guichet.app.shared.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static guichet.app.shared.privacy.DetectorAssertions.assertFinds;
import static guichet.app.shared.privacy.DetectorAssertions.assertFindsNothing;

class EmailAddressesTest {

    private final EmailAddresses detector = new EmailAddresses();

    @Test
    void findsAddresses() {
        assertFinds(detector, "email me at jo.bloggs+uc@example.co.uk.", "jo.bloggs+uc@example.co.uk");
        assertFinds(detector, "mon mail : élodie.müller@exemple.fr", "élodie.müller@exemple.fr");
        assertFinds(detector, "(sam_o'neil@mail.example.org)", "sam_o'neil@mail.example.org");
    }

    @Test
    void findsDisguisedAddresses() {
        assertFinds(detector, "write to jbloggs [at] example [dot] com please", "jbloggs [at] example [dot] com");
        assertFinds(detector, "jbloggs(at)example.com", "jbloggs(at)example.com");
        assertFinds(detector, "jo [at] example [dot] org. Can I get JSA?", "jo [at] example [dot] org");
        assertFinds(detector, "its jo.bloggs at gmail dot com", "jo.bloggs at gmail dot com");
        assertFinds(detector, "c'est marie.dupont arobase orange point fr", "marie.dupont arobase orange point fr");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "follow @DWP on social media",
        "I work at Tesco dot com warehouse",
        "meet me at home at 5",
        "the price is 3@4 each",
        "file name report.pdf"
    })
    void leavesOtherTextAlone(String text) {
        assertFindsNothing(detector, text);
    }
}
