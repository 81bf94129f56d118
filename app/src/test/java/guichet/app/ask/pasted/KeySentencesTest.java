package guichet.app.ask.pasted;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentences of a letter a citizen must not miss. */
class KeySentencesTest {

    @Test
    void keepsTheTimeToAnswerAndWhatTheLetterWillDo() {
        String letter = """
                Objet : avertissement avant radiation
                Madame,
                Vous n'avez pas répondu à la convocation du 3 mars 2026.
                Nous envisageons une radiation de la liste des demandeurs d'emploi pour une durée d'un mois.
                Vous disposez d'un délai de 10 jours pour nous faire part de vos observations.
                Bien cordialement,
                Votre conseillère""";
        assertThat(KeySentences.of(letter, "fr")).contains(
                "Nous envisageons une radiation de la liste des demandeurs d'emploi pour une durée d'un mois.",
                "Vous disposez d'un délai de 10 jours pour nous faire part de vos observations.");
    }

    @Test
    void leavesOutGreetingsAndSignOffs() {
        String letter = """
                Dear Ms Rowe,
                Your Universal Credit payment will be reduced by £42.10 from 12 May 2026.
                You have 30 days to ask for a mandatory reconsideration if you disagree.
                Kind regards,
                The Universal Credit team""";
        assertThat(KeySentences.of(letter, "en")).containsExactly(
                "Your Universal Credit payment will be reduced by £42.10 from 12 May 2026.",
                "You have 30 days to ask for a mandatory reconsideration if you disagree.");
    }
}
