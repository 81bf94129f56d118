package guichet.app.shared.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static guichet.app.shared.privacy.DetectorAssertions.assertFinds;
import static guichet.app.shared.privacy.DetectorAssertions.assertFindsNothing;

class PhoneNumbersTest {

    private final PhoneNumbers detector = new PhoneNumbers();

    @Test
    void findsUkNumbers() {
        assertFinds(detector, "ring me on 07912 345678 after 5", "07912 345678");
        assertFinds(detector, "my landline is 020 7946 0018", "020 7946 0018");
        assertFinds(detector, "+44 7912 345678", "+44 7912 345678");
        assertFinds(detector, "mobile:07912345678", "07912345678");
    }

    @Test
    void findsFrenchNumbers() {
        assertFinds(detector, "appelez-moi au 06 12 34 56 78 svp", "06 12 34 56 78");
        assertFinds(detector, "fixe 01.44.55.66.77", "01.44.55.66.77");
        assertFinds(detector, "+33 6 12 34 56 78", "+33 6 12 34 56 78");
        assertFinds(detector, "0033 6 12 34 56 78", "0033 6 12 34 56 78");
    }

    @Test
    void findsInternationalNumbers() {
        assertFinds(detector, "my brother in Berlin: +49 30 901820", "+49 30 901820");
        assertFinds(detector, "US number +1 415 555 2671", "+1 415 555 2671");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "call Samaritans on 116 123",
        "dial 999",
        "le 3919 est gratuit",
        "I earned £12,345 in 2024",
        "on 12/05/2024 at 10:30",
        "between 2019 and 2021",
        "j'ai travaillé 1 607 heures",
        "call the Universal Credit helpline on 0800 328 5644",
        "HMRC on 0300 200 3300",
        "to stop the court action call 0906 123 4567 today",
        "appelez le 08 99 23 45 67 pour confirmer vos droits"
    })
    void leavesServiceNumbersAmountsAndDatesAlone(String text) {
        assertFindsNothing(detector, text);
    }
}
