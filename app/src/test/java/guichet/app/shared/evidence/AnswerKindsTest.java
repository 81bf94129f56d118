package guichet.app.shared.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerKindsTest {

    @Test
    void aSumOrARateIsAskedForInEitherLanguage() {
        assertThat(AnswerKinds.asksForMoney("my nan's 82, how much is attendance allowance a week?")).isTrue();
        assertThat(AnswerKinds.asksForMoney("cost of DBS check for employee")).isTrue();
        assertThat(AnswerKinds.asksForMoney("montant pension de réversion ?")).isTrue();
        assertThat(AnswerKinds.asksForMoney("je touche combien de chômage ?")).isTrue();
    }

    @Test
    void aWageOrAFeeAfterWhatIsAsksItsAmount() {
        assertThat(AnswerKinds.wantsAmount("What is the minimum wage for a 19 year old?")).isTrue();
        assertThat(AnswerKinds.wantsAmount("what's the fee for a replacement card")).isTrue();
        assertThat(AnswerKinds.wantsAmount("Quel est le Smic horaire ?")).isTrue();
        assertThat(AnswerKinds.wantsAmount("What is Universal Credit?")).isFalse();
        assertThat(AnswerKinds.wantsAmount("Does the minimum wage apply to interns?")).isFalse();
    }

    @Test
    void aNumberToCallIsAskedForAndFoundInUkAndFrenchForms() {
        assertThat(AnswerKinds.wantsPhoneNumber("whats the phone number for the department for education")).isTrue();
        assertThat(AnswerKinds.wantsPhoneNumber("what number do I ring to get help finding another one?")).isTrue();
        assertThat(AnswerKinds.wantsPhoneNumber("Quel numéro appeler pour joindre France Travail ?")).isTrue();
        assertThat(AnswerKinds.wantsPhoneNumber("How many weeks of leave can I take?")).isFalse();
        assertThat(AnswerKinds.wantsPhoneNumber("What is this payment called?")).isFalse();

        assertThat(AnswerKinds.hasPhoneNumber("Telephone: 0370 000 2288")).isTrue();
        assertThat(AnswerKinds.hasPhoneNumber("Apprenticeship helpline 0800 015 0400")).isTrue();
        assertThat(AnswerKinds.hasPhoneNumber("Call 020 7946 0000 or +44 20 7946 0000 from abroad.")).isTrue();
        assertThat(AnswerKinds.hasPhoneNumber("Appelez le 01 23 45 67 89.")).isTrue();
        assertThat(AnswerKinds.hasPhoneNumber("You get £11,100 a year, paid over 39 weeks from 2024.")).isFalse();
        assertThat(AnswerKinds.hasPhoneNumber("sort code 08 32 30, account number 11963279")).isFalse();
    }

    @Test
    void howMuchTimeOrLeaveIsNotASum() {
        assertThat(AnswerKinds.asksForMoney("How much notice do I have to give?")).isFalse();
        assertThat(AnswerKinds.asksForMoney("combien de jours de congé pour un mariage ?")).isFalse();
        assertThat(AnswerKinds.asksForMoney("how long can I stay on JSA?")).isFalse();
    }

    @Test
    void aQuantityIsMoneyARateADurationOrAMultiple() {
        assertThat(AnswerKinds.hasQuantity("You get up to £90.50 a week.")).isTrue();
        assertThat(AnswerKinds.hasQuantity("Le taux est de 57 % du salaire.")).isTrue();
        assertThat(AnswerKinds.hasQuantity("You're entitled to a 20 minute break.")).isTrue();
        assertThat(AnswerKinds.hasQuantity("L'indemnité est égale au double de l'indemnité légale.")).isTrue();
        assertThat(AnswerKinds.hasQuantity("To apply for a Discretionary Housing Payment, contact your local council.")).isFalse();
    }
}
