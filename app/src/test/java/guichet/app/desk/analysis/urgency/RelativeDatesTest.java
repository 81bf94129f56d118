package guichet.app.desk.analysis.urgency;

import guichet.app.shared.rules.MatchText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeDatesTest {

    /** Wednesday 11 March 2026. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 11);

    @Test
    void readsRelativeDaysInEnglishAndFrench() {
        assertThat(dates("The hearing is tomorrow at 10am.")).containsExactly(LocalDate.of(2026, 3, 12));
        assertThat(dates("It runs out tonight.")).containsExactly(RECEIVED);
        assertThat(dates("L'audience est demain à 14 h.")).containsExactly(LocalDate.of(2026, 3, 12));
        assertThat(dates("Je n'ai plus rien ce soir.")).containsExactly(RECEIVED);
        assertThat(dates("It will be paid in three days.")).containsExactly(LocalDate.of(2026, 3, 14));
        assertThat(dates("Vous avez reçu mon courrier il y a deux semaines ?")).containsExactly(LocalDate.of(2026, 2, 25));
    }

    @Test
    void readsWeekdaysForwardsUnlessTheSentenceIsInThePast() {
        assertThat(dates("My appointment is on Friday.")).containsExactly(LocalDate.of(2026, 3, 13));
        assertThat(dates("It was due on Monday.")).containsExactly(LocalDate.of(2026, 3, 9));
        assertThat(dates("Come back next Monday.")).containsExactly(LocalDate.of(2026, 3, 16));
        assertThat(dates("I called last Thursday.")).containsExactly(LocalDate.of(2026, 3, 5));
        assertThat(dates("La convocation est jeudi.")).containsExactly(LocalDate.of(2026, 3, 12));
        assertThat(dates("Je passerai lundi prochain.")).containsExactly(LocalDate.of(2026, 3, 16));
    }

    @Test
    void readsDaysOfTheMonthAndDates() {
        assertThat(dates("Send the statements by the 27th.")).containsExactly(LocalDate.of(2026, 3, 27));
        assertThat(dates("It was meant to come on the 10th.")).containsExactly(LocalDate.of(2026, 3, 10));
        assertThat(dates("Il faut renvoyer le dossier avant le 3.")).containsExactly(LocalDate.of(2026, 4, 3));
        assertThat(dates("The hearing is listed for 25 March.")).containsExactly(LocalDate.of(2026, 3, 25));
        assertThat(dates("I applied in July.")).containsExactly(LocalDate.of(2025, 7, 15));
        assertThat(dates("The appointment is on Friday 13 March at 11.")).containsExactly(LocalDate.of(2026, 3, 13));
        assertThat(dates("Je suis convoqué le 19 mars 2026.")).containsExactly(LocalDate.of(2026, 3, 19));
        assertThat(dates("We were evicted in October.")).containsExactly(LocalDate.of(2025, 10, 15));
    }

    @Test
    void leavesNumbersThatAreNotDays() {
        assertThat(dates("I live at le 3 rue de la Forge and called le 3949 twice.")).isEmpty();
        assertThat(dates("This is the 3rd time I have written.")).isEmpty();
        assertThat(dates("Mon voisin habite au 9 rue du Moulin, téléphone au 06 70 12 45 98.")).isEmpty();
    }

    @Test
    void countsWorkingDays() {
        LocalDate friday = LocalDate.of(2026, 3, 13);
        assertThat(WorkingDays.after(friday, LocalDate.of(2026, 3, 16))).isEqualTo(1);
        assertThat(WorkingDays.after(friday, LocalDate.of(2026, 3, 14))).isZero();
        assertThat(WorkingDays.after(RECEIVED, LocalDate.of(2026, 3, 13))).isEqualTo(2);
        assertThat(WorkingDays.after(RECEIVED, LocalDate.of(2026, 3, 25))).isEqualTo(10);
        assertThat(WorkingDays.after(RECEIVED, LocalDate.of(2026, 3, 9))).isEqualTo(-2);
    }

    private static List<LocalDate> dates(String sentence) {
        String text = MatchText.of(sentence);
        boolean past = text.matches(".*\\b(was|were|called|applied|recu)\\b.*");
        return RelativeDates.find(text, RECEIVED, past).stream().map(DateMention::date).toList();
    }
}
