package guichet.app.shared.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamedSubjectsTest {

    @Test
    void offersTheAdjacentWordsOfTheSubjectAndNotThoseOfTheAsking() {
        assertThat(NamedSubjects.candidates("My dad was born in 1950. How much Winter Fuel Payment will he get a week?"))
                .containsExactly("winter fuel");
        assertThat(NamedSubjects.candidates("Combien touche-t-on de prime d'activité par mois ?"))
                .contains("prime d'activité").doesNotContain("par mois");
        assertThat(NamedSubjects.candidates("how much do I get")).isEmpty();
    }

    @Test
    void findsANameInAnyOfItsFormsButOnlyInOrder() {
        assertThat(NamedSubjects.mentions("Winter Fuel Payments\nIf you were born before 1950 you get £300", "winter fuel",
                "en")).isTrue();
        assertThat(NamedSubjects.mentions("Fuel for the winter costs more", "winter fuel", "en")).isFalse();
        assertThat(NamedSubjects.mentions("Le montant de la prime d’activité dépend des revenus", "prime d'activité", "fr"))
                .isTrue();
        assertThat(NamedSubjects.mentions("Child Benefit is £25.60 a week", "attendance allowance", "en")).isFalse();
    }

    @Test
    void readsANameAsWrittenOnlyWhenEachOfItsWordsIsCapitalised() {
        assertThat(NamedSubjects.writtenAsName("Attendance Allowance Exportability Team", "attendance allowance", "en"))
                .isTrue();
        assertThat(NamedSubjects.writtenAsName("Discretionary Housing Payments", "discretionary housing", "en")).isTrue();
        assertThat(NamedSubjects.writtenAsName("If you work part time", "work part", "en")).isFalse();
        assertThat(NamedSubjects.writtenAsName("Lump sum payments", "lump sum", "en")).isFalse();
    }

    @Test
    void anAmountIsAboutANameWhenItsSentenceOrTheHeadingsAboveItHoldTheName() {
        Quote esaRate = quote("Employment and Support Allowance (ESA)", List.of("What you'll get"),
                "- basic allowance (standard rate) – up to £90.50 (per week) - support component – £47.70 (per week)");
        Quote abroad = quote("Claim benefits if you live, move or travel abroad",
                List.of("Benefits for disabled people and carers", "Attendance Allowance Exportability Team"),
                "Contact the Attendance Allowance Exportability Team to find out if you can claim abroad.");
        Quote discretionary = quote("Housing Benefit", List.of("Discretionary Housing Payments"),
                "You might be able to get up to £100 more a week from your local council.");

        assertThat(NamedSubjects.amountsAbout(List.of(esaRate, abroad), "attendance allowance", "en"))
                .as("the team's sentence names it but states no amount").isFalse();
        assertThat(NamedSubjects.amountsAbout(List.of(esaRate, discretionary), "discretionary housing", "en")).isTrue();
    }

    private static Quote quote(String title, List<String> headings, String sentence) {
        Source source = new Source("S1", "c1", "/page", title, "https://www.gov.uk/page", headings, sentence, "en", 0.9);
        return new Quote(source, sentence, 0.9, 0);
    }
}
