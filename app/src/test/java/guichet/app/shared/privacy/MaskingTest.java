package guichet.app.shared.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** National Insurance and card numbers are masked to their last characters; other numbers stay. */
class MaskingTest {

    @Test
    void masksNationalInsuranceAndCardNumbersInAnySpacing() {
        assertThat(Masking.mask("NI JT 48 21 93 B, also jt482193b")).isEqualTo("NI [NI ••••••93B], also [NI ••••••93B]");
        assertThat(Masking.mask("card 4111 1111 1111 1111 or 4111-1111-1111-1111"))
                .isEqualTo("card [card ••••1111] or [card ••••1111]");
    }

    @Test
    void leavesClaimNumbersAmountsAndInvalidNumbersAlone() {
        String text = "Claim UC-4410-2291, £612.40 on 10/03/2025, card 4111 1111 1111 1112, NI QQ 12 34 56 C";

        assertThat(Masking.mask(text)).isEqualTo(text);
        assertThat(Masking.mask(null)).isNull();
    }
}
