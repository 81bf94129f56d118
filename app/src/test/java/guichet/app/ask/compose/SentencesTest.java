package guichet.app.ask.compose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    @Test
    void splitsGuidanceIntoQuotableSentences() {
        String text = "What you'll get\nYou can get up to £92.05 a week if you're 25 or over. "
                + "You'll usually be paid every 2 weeks.\nApply";

        assertThat(Sentences.of(text, "en")).containsExactly(
                "You can get up to £92.05 a week if you're 25 or over.",
                "You'll usually be paid every 2 weeks.");
    }

    @Test
    void keepsFrenchAbbreviationsAndAmountsInOneSentence() {
        String text = "Le montant brut de l'allocation est de 31,97 € par jour. Il est versé chaque mois par France Travail.";

        assertThat(Sentences.of(text, "fr")).containsExactly(
                "Le montant brut de l'allocation est de 31,97 € par jour.",
                "Il est versé chaque mois par France Travail.");
    }

    @Test
    void labelsEachTableRowWithItsHeader() {
        String text = "Use a benefits calculator to check how much you can get.\nAge | JSA weekly amount\n"
                + "Up to 24 | up to £71.70\n25 or over | up to £90.50\nHow you're paid";

        assertThat(Sentences.of(text, "en")).containsExactly(
                "Use a benefits calculator to check how much you can get.",
                "Age: Up to 24; JSA weekly amount: up to £71.70",
                "Age: 25 or over; JSA weekly amount: up to £90.50");
    }
}
