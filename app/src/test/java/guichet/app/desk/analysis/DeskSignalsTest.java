package guichet.app.desk.analysis;

import guichet.app.desk.DeskFixtures;
import guichet.app.desk.store.Signal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped urgency rules: the desk's urgent situations in English and French, and no alarm on routine mail. */
class DeskSignalsTest {

    private final DeskSignals signals = new DeskSignals(DeskFixtures.resources());

    @Test
    void urgentSituationsAreSignalled() {
        assertThat(rules("The bailiffs are coming on Thursday to change the locks.", "en")).contains("en/eviction");
        assertThat(rules("There is no food in the house and the kids are hungry.", "en")).contains("en/no_food");
        assertThat(rules("My heating oil ran out last week and it is freezing in the house.", "en")).contains("en/no_heating");
        assertThat(rules("My assessment is tomorrow at 9am but I am in hospital.", "en")).contains("en/deadline_now");
        assertThat(rules("Someone changed my bank details to an account I don't recognise.", "en"))
                .contains("en/account_takeover");
        assertThat(rules("Je vais être expulsée vendredi, l'huissier est passé.", "fr")).contains("fr/expulsion");
        assertThat(rules("Ma convocation est demain matin à 9h.", "fr")).contains("fr/delai_immediat");
    }

    @Test
    void routineMailIsNotSignalled() {
        assertThat(rules("I moved to a new address on 1 April. Please update my records.", "en")).isEmpty();
        assertThat(rules("Can I claim Pension Credit if I own my home?", "en")).isEmpty();
        assertThat(rules("Je ne pourrai pas venir car je commence une formation ce jour-là, peut-on décaler le rendez-vous ?",
                "fr")).isEmpty();
    }

    @Test
    void eachSignalSaysWhichWordsMatched() {
        Signal signal = signals.urgency("Hello. We have nothing to eat until Friday.", "en").getFirst();

        assertThat(signal.describe()).startsWith("en/no_food (“").contains("nothing to eat");
    }

    private java.util.List<String> rules(String text, String language) {
        return signals.urgency(text, language).stream().map(Signal::rule).toList();
    }
}
