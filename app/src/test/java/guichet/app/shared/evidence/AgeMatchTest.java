package guichet.app.shared.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgeMatchTest {

    @Test
    void theAskersAgeIsReadInEitherLanguageAndForSomeoneElse() {
        assertThat(AgeMatch.askerAge("I'm 19 and just finished college, how much would I get?")).hasValue(19);
        assertThat(AgeMatch.askerAge("my son is 17, can he get an apprenticeship")).hasValue(17);
        assertThat(AgeMatch.askerAge("42-year-old made redundant, what now?")).hasValue(42);
        assertThat(AgeMatch.askerAge("j'ai 24 ans et je cherche une formation")).hasValue(24);
        assertThat(AgeMatch.askerAge("Mon fils a 16 ans, peut-il signer un contrat ?")).hasValue(16);
    }

    @Test
    void hoursMoneyAndDurationsAreNotAges() {
        assertThat(AgeMatch.askerAge("I work 16 hours a week, can I claim?")).isEmpty();
        assertThat(AgeMatch.askerAge("I've been off sick for 28 weeks")).isEmpty();
        assertThat(AgeMatch.askerAge("I earn 20 pounds a day")).isEmpty();
        assertThat(AgeMatch.askerAge("ça fait 10 ans de boîte, combien d'indemnité ?")).isEmpty();
    }

    @Test
    void aRateTableRowFitsTheAgeInItsBand() {
        String row = "Age: 25 or over; JSA weekly amount: up to £90.50";
        assertThat(AgeMatch.fit(row, 30)).isEqualTo(AgeMatch.Fit.FITS);
        assertThat(AgeMatch.fit(row, 19)).isEqualTo(AgeMatch.Fit.OTHER_BANDS);
        assertThat(AgeMatch.fit("aged 18 to 24 – up to £71.70 (per week)", 19)).isEqualTo(AgeMatch.Fit.FITS);
        assertThat(AgeMatch.fit("Apprentices are entitled to the apprentice rate if they're under 19.", 19))
                .isEqualTo(AgeMatch.Fit.OTHER_BANDS);
    }

    @Test
    void frenchBandsAreRead() {
        assertThat(AgeMatch.fit("Le contrat est ouvert aux jeunes de 16 à 29 ans révolus.", 24)).isEqualTo(AgeMatch.Fit.FITS);
        assertThat(AgeMatch.fit("Vous devez avoir moins de 26 ans.", 30)).isEqualTo(AgeMatch.Fit.OTHER_BANDS);
        assertThat(AgeMatch.fit("Vous devez avoir au moins 18 ans.", 18)).isEqualTo(AgeMatch.Fit.FITS);
    }

    @Test
    void aSentenceWithoutAgesOrWithOtherRangesHasNoBands() {
        assertThat(AgeMatch.fit("You must claim within 6 months of the funeral.", 40)).isEqualTo(AgeMatch.Fit.NO_BANDS);
        assertThat(AgeMatch.fit("You can work 16 to 24 hours a week and still claim.", 40)).isEqualTo(AgeMatch.Fit.NO_BANDS);
    }
}
