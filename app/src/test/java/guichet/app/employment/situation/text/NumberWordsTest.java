package guichet.app.employment.situation.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts and ages in words and shorthand, in digits. */
class NumberWordsTest {

    static String en(String text) {
        return NumberWords.digits(MessageText.of(text).plain(), "en").text();
    }

    static String fr(String text) {
        return NumberWords.digits(MessageText.of(text).plain(), "fr").text();
    }

    @Test
    void englishWordsAndShorthand() {
        assertThat(en("two grand in the bank")).isEqualTo("2000 in the bank");
        assertThat(en("£25k saved")).isEqualTo("£25000 saved");
        assertThat(en("£9.5k in an ISA")).isEqualTo("£9500 in an ISA");
        assertThat(en("fifteen and a half thousand quid")).isEqualTo("15500 quid");
        assertThat(en("fifteen thousand, five hundred pounds")).isEqualTo("15500 pounds");
        assertThat(en("I'm nineteen")).isEqualTo("I'm 19");
        assertThat(en("I'm thirty-two")).isEqualTo("I'm 32");
        assertThat(en("a thousand pounds")).isEqualTo("1000 pounds");
        assertThat(en("15 and a half hours a week")).isEqualTo("15.5 hours a week");
        assertThat(en("£16,000.50 exactly")).isEqualTo("£16000.50 exactly");
        assertThat(en("three years at Tesco")).isEqualTo("3 years at Tesco");
    }

    @Test
    void frenchWordsAndShorthand() {
        assertThat(fr("deux mille balles de côté")).isEqualTo("2000 balles de cote");
        assertThat(fr("3k€ d'économies")).isEqualTo("3000€ d'economies");
        assertThat(fr("1 200 heures")).isEqualTo("1200 heures");
        assertThat(fr("20 000 livres")).isEqualTo("20000 livres");
        assertThat(fr("quatre-vingt-dix-sept")).isEqualTo("97");
        assertThat(fr("soixante-dix ans")).isEqualTo("70 ans");
        assertThat(fr("dix-sept ans")).isEqualTo("17 ans");
        assertThat(fr("vingt et un ans")).isEqualTo("21 ans");
        assertThat(fr("deux mille cinq cents euros")).isEqualTo("2500 euros");
        assertThat(fr("15,5 heures")).isEqualTo("15.5 heures");
    }

    @Test
    void oneAndUnAloneAreWordsNotNumbers() {
        assertThat(en("one of my friends has a job")).isEqualTo("one of my friends has a job");
        assertThat(fr("un CDD dans une boulangerie")).isEqualTo("un CDD dans une boulangerie");
        assertThat(en("I'm 34, I live in Leeds")).isEqualTo("I'm 34, I live in Leeds");
        // "sept" is read in French messages only
        assertThat(en("since Sept")).isEqualTo("since Sept");
    }
}
