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
