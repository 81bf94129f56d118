package guichet.app.shared.evidence;

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

    @Test
    void labelsARowUnderAnEmptyCornerWithItsOwnFirstCellThenEachValueWithItsColumn() {
        // GOV.UK's /national-minimum-wage-rates as the readers write it: the header's corner is empty
        String text = "The rates change on 1 April every year.\n| 21 and over | 18 to 20 | Under 18 | Apprentice\n"
                + "April 2024 (current rate) | £11.44 | £8.60 | £6.40 | £6.40\n"
                + "April 2025 | £12.21 | £10.00 | | £7.55\n"
                + "Outside Greater London\n| Per week\nIf you’re a single adult | £283.71\n"
                + "How much you can get\nAge | JSA weekly amount | Note\nUp to 24 | up to £71.70 |";

        assertThat(Sentences.of(text, "en")).containsExactly(
                "The rates change on 1 April every year.",
                "April 2024 (current rate): 21 and over: £11.44; 18 to 20: £8.60; Under 18: £6.40; Apprentice: £6.40",
                "April 2025: 21 and over: £12.21; 18 to 20: £10.00; Apprentice: £7.55",
                "If you’re a single adult: Per week: £283.71",
                "Age: Up to 24; JSA weekly amount: up to £71.70");
    }
}
