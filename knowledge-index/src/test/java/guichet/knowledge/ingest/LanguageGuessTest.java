package guichet.knowledge.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageGuessTest {

    @Test
    void recognisesEnglishAndFrenchPassages() {
        assertThat(LanguageGuess.detect("You can get Jobseeker's Allowance if you are unemployed and looking for "
                + "work, and you have paid enough National Insurance.")).isEqualTo("en");
        assertThat(LanguageGuess.detect("Le salarié qui démissionne pour suivre son conjoint peut avoir droit aux "
                + "allocations chômage sous certaines conditions.")).isEqualTo("fr");
        assertThat(LanguageGuess.detect("Der Arbeitnehmer hat Anspruch auf bezahlten Urlaub, und die Dauer ist "
                + "nicht von der Firma abhängig.")).isEqualTo("de");
    }

    @Test
    void saysUndeterminedWhenTheTextIsTooShortOrUnknown() {
        assertThat(LanguageGuess.detect("JSA")).isEqualTo(LanguageGuess.UNDETERMINED);
        assertThat(LanguageGuess.detect("Croeso i GOV.UK: gwybodaeth am fudd-daliadau a chymorth")).isEqualTo("und");
    }
}
