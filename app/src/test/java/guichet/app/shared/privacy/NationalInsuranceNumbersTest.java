package guichet.app.shared.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static guichet.app.shared.privacy.DetectorAssertions.assertFinds;
import static guichet.app.shared.privacy.DetectorAssertions.assertFindsNothing;
import static org.assertj.core.api.Assertions.assertThat;

class NationalInsuranceNumbersTest {

    private final NationalInsuranceNumbers detector = new NationalInsuranceNumbers();

    @Test
    void findsNumbersAsPeopleWriteThem() {
        assertFinds(detector, "my ni number is JT482291B can you check", "JT482291B");
        assertFinds(detector, "NI: jt 48 22 91 b, born 1990", "jt 48 22 91 b");
        assertFinds(detector, "It's PR-12-34-56-A.", "PR-12-34-56-A");
        assertFinds(detector, "number NZ 987654 C and my wife's is SK 112233 D", "NZ 987654 C", "SK 112233 D");
    }

    @Test
    void findsANumberWithoutItsSuffixLetter() {
        assertFinds(detector, "national insurance AB123456 thanks", "AB123456");
        assertFinds(detector, "it starts AB 12 34 56 and I forgot the letter", "AB 12 34 56");
    }

    @Test
    void doesNotSwallowTheNextWord() {
        assertFinds(detector, "AB123456 Cardiff office", "AB123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the example on the form is QQ 12 34 56 C",     // Q is never a first letter
        "GB123456A is not a real number",               // never issued
        "my code is AO123456B",                         // O is never a second letter
        "BG 12 34 56 A",                                // never issued
        "DA123456A",                                    // D is never a first letter
        "send form P45 and SA100",                      // form names
        "reference AB1234567 on the letter",            // seven digits
        "booking AB12345",                              // five digits
        "claim ref XAB123456C",                         // part of a longer code
        "AB123456CD",                                   // more letters after it
        "I paid 123456 in tax"
    })
    void leavesOtherCodesAlone(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void knowsHmrcsPrefixRules() {
        assertThat(NationalInsuranceNumbers.validPrefix("AB")).isTrue();
        assertThat(NationalInsuranceNumbers.validPrefix("TN")).isFalse();
        assertThat(NationalInsuranceNumbers.validPrefix("NK")).isFalse();
        assertThat(NationalInsuranceNumbers.validPrefix("VA")).isFalse();
        assertThat(NationalInsuranceNumbers.validPrefix("AV")).isFalse();
    }
}
