package guichet.app.shared.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static guichet.app.shared.privacy.DetectorAssertions.assertFinds;
import static guichet.app.shared.privacy.DetectorAssertions.assertFindsNothing;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentCardNumbersTest {

    private final PaymentCardNumbers detector = new PaymentCardNumbers();

    @Test
    void findsCardNumbersInTheUsualLayouts() {
        assertFinds(detector, "my card 4111 1111 1111 1111 was charged twice", "4111 1111 1111 1111");
        assertFinds(detector, "card: 5105-1051-0510-5100", "5105-1051-0510-5100");
        assertFinds(detector, "4539148803436467", "4539148803436467");
        assertFinds(detector, "amex 3782 822463 10005 exp 09/27", "3782 822463 10005");
        assertFinds(detector, "6011 1111 1111 1117 and 3530 1113 3330 0000", "6011 1111 1111 1117", "3530 1113 3330 0000");
    }

    @Test
    void leavesTheSecurityCodeAndNearbyNumbersOut() {
        assertFinds(detector, "4111 1111 1111 1111 123", "4111 1111 1111 1111");
        assertFinds(detector, "claim 12 card 4000 0566 5566 5556", "4000 0566 5566 5556");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my reference is 4929 1234 5678 9012",        // fails the Luhn check
        "4111 1111 1111 1112",                        // one digit wrong
        "case number 1234 5678 9012 3452",            // passes Luhn but no card starts with 1
        "I worked there 2019 2020 2021 2022",
        "I earned 12,500 in 2023 and 14,200 in 2024",
        "call 0800 328 5644",
        "41111111111111111111111",                    // too long for a card
        "4111 11 1111 1111 11"                        // not a card layout
    })
    void leavesOtherNumbersAlone(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void luhnCheck() {
        assertThat(PaymentCardNumbers.luhn("79927398713")).isTrue();
        assertThat(PaymentCardNumbers.luhn("79927398710")).isFalse();
    }

    @Test
    void staysLinearOnLongRunsOfDigitGroups() {
        String groups = "1 ".repeat(50_000);
        long start = System.nanoTime();
        assertThat(detector.find(groups)).isEmpty();
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
