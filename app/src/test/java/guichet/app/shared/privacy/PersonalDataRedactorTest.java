package guichet.app.shared.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataRedactorTest {

    private final PersonalDataRedactor redactor = new PersonalDataRedactor();

    private String redact(String text) {
        return redactor.redact(text, kind -> "[" + kind.id() + "]").text();
    }

    @Test
    void replacesEveryKindInOneMessage() {
        String message = "Hi, I'm Jo (NI JT482291B, jo.bloggs@example.com, 07912 345678). "
                + "They took £50 from card 4111 1111 1111 1111 and my French sécu is 1 85 05 78 006 084 91.";
        PersonalDataRedactor.Redaction redaction = redactor.redact(message, kind -> "[" + kind.id() + "]");
        assertThat(redaction.text()).isEqualTo("Hi, I'm Jo (NI [national_insurance_number], [email], [phone_number]). "
                + "They took £50 from card [payment_card] and my French sécu is [nir].");
        assertThat(redaction.kinds()).containsExactly(PersonalDataKind.NATIONAL_INSURANCE_NUMBER,
                PersonalDataKind.EMAIL, PersonalDataKind.PHONE_NUMBER, PersonalDataKind.PAYMENT_CARD,
                PersonalDataKind.FRENCH_SOCIAL_SECURITY_NUMBER);
    }

    @Test
    void aSocialSecurityNumberIsNotMistakenForAPhoneOrACard() {
        assertThat(redact("sécu 185057800608491")).isEqualTo("sécu [nir]");
    }

    @Test
    void anEmailIsNotCutIntoPieces() {
        assertThat(redact("contact 0612345678@sms.example.fr")).isEqualTo("contact [email]");
    }

    @Test
    void leavesAnOrdinaryQuestionUntouched() {
        String question = "How much is Jobseeker's Allowance for someone aged 24? I worked 16 hours a week in 2024.";
        PersonalDataRedactor.Redaction redaction = redactor.redact(question, kind -> "X");
        assertThat(redaction.text()).isEqualTo(question);
        assertThat(redaction.changed()).isFalse();
    }
}
