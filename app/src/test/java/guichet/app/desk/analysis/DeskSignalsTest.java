package guichet.app.desk.analysis;

import guichet.app.desk.DeskFixtures;
import guichet.app.desk.analysis.urgency.Stance;
import guichet.app.desk.analysis.urgency.UrgencyReading;
import guichet.app.desk.analysis.urgency.UrgencySignal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped urgency rules: the desk's urgent situations in English and French, read clause by clause
 * against the day the message came in; no alarm on routine mail, nor on a risk that is quoted, hearsay,
 * past, hypothetical, denied or weeks away.
 */
class DeskSignalsTest {

    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 11);
    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 13);

    private final DeskSignals signals = new DeskSignals(DeskFixtures.resources(), 1, 5);

    @Test
    void urgentSituationsAreSignalled() {
        assertThat(counted("The bailiffs are coming on Thursday to change the locks.", "en")).contains("en/eviction");
        assertThat(counted("There is no food in the house and the kids are hungry.", "en")).contains("en/no_food");
        assertThat(counted("My heating oil ran out last week and it is freezing in the house.", "en")).contains("en/no_heating");
        assertThat(counted("My assessment is tomorrow at 9am but I am in hospital and can't get there.", "en"))
                .contains("en/appointment_soon");
        assertThat(counted("Someone changed my bank details to an account I don't recognise.", "en"))
                .contains("en/account_takeover");
        assertThat(counted("Je vais être expulsée vendredi, l'huissier est passé.", "fr")).contains("fr/expulsion");
        assertThat(counted("Ma convocation est demain matin à 9h et je ne peux pas y aller, je suis malade.", "fr"))
                .contains("fr/rendez_vous_proche");
        assertThat(counted("Il me reste 3 € et plus rien à manger pour ma fille ce soir.", "fr")).contains("fr/sans_argent");
    }

    @Test
    void routineMailIsNotSignalled() {
        assertThat(read("I moved to a new address on 1 April. Please update my records.", "en", WEDNESDAY).signals()).isEmpty();
        assertThat(read("Can I claim Pension Credit if I own my home?", "en", WEDNESDAY).signals()).isEmpty();
        assertThat(read("Je ne pourrai pas venir car je commence une formation ce jour-là, peut-on décaler le rendez-vous ?",
                "fr", WEDNESDAY).urgent()).isFalse();
        assertThat(read("Just checking my appointment tomorrow at 11 is still on the ground floor. I'll be there.", "en",
                WEDNESDAY).urgent()).isFalse();
    }

    @Test
    void aWeekdayDeadlineWithinOneWorkingDayIsUrgentAndOneAFortnightAwayIsNot() {
        String hearing = "My possession hearing is on Thursday at 10am and I have nothing to show the judge.";

        assertThat(read(hearing, "en", WEDNESDAY).counted()).extracting(UrgencySignal::rule).contains("en/hearing_soon");
        // From a Friday, Monday is the next working day.
        assertThat(read("My tribunal hearing is next Monday and my evidence is still with you.", "en", FRIDAY).urgent())
                .isTrue();
        UrgencyReading fortnight = read("My tribunal hearing is on 25 March and my evidence is still with you.", "en",
                WEDNESDAY);
        assertThat(fortnight.urgent()).isFalse();
        assertThat(fortnight.discounted()).extracting(UrgencySignal::discountedBy).allMatch(why -> why.contains(Stance.FAR));
        assertThat(read("L'audience est le 25 mars, pouvez-vous m'envoyer une attestation ?", "fr", WEDNESDAY).urgent()).isFalse();
        assertThat(read("L'audience est jeudi à 14 h et je n'ai pas d'avocat.", "fr", WEDNESDAY).urgent()).isTrue();
    }

    @Test
    void powerAboutToGoWithoutADangerWordIsUrgentAndADisconnectionWeeksAwayIsNot() {
        assertThat(counted("The key is down to the last few pounds and my son's nebuliser runs off it.", "en"))
                .contains("en/no_heating");
        assertThat(read("Her supplier has booked a disconnection visit for tomorrow at 8am.", "en", WEDNESDAY).urgent())
                .isTrue();
        assertThat(read("The engineer said the gas will be cut off tomorrow morning.", "en", WEDNESDAY).urgent()).isTrue();
        assertThat(read("The letter says a disconnection visit may be booked on 30 April if nothing is paid.", "en",
                WEDNESDAY).urgent()).isFalse();
        assertThat(read("I topped up the meter last week and the last few pounds went on the bus fare.", "en", WEDNESDAY)
                .urgent()).isFalse();
    }

    @Test
    void knowingWhereAMemberOfStaffGoesHomeIsAThreatTowardsStaff() {
        UrgencyReading threat = read("Your adviser lied in my report. I know where he parks his car, tell him that.", "en",
                WEDNESDAY);

        assertThat(threat.counted()).extracting(UrgencySignal::rule, UrgencySignal::bearer)
                .contains(org.assertj.core.groups.Tuple.tuple("en/threat", "staff"));
        assertThat(read("Do you know where the jobcentre is? I have moved and don't know which way to go.", "en",
                WEDNESDAY).urgent()).isFalse();
    }

    @Test
    void aDeadlineAlreadyPastIsNotUrgent() {
        UrgencyReading past = read("My appointment was on Monday and I missed it because I was ill.", "en", WEDNESDAY);

        assertThat(past.urgent()).isFalse();
    }

    @Test
    void aThreatTowardsStaffIsUrgentEvenWhenConditional() {
        UrgencyReading threat = read("Your work coach Darren laughed at me. I'm back in on Monday and if he speaks to me "
                + "like that again he won't be walking out to his car.", "en", FRIDAY);

        assertThat(threat.counted()).extracting(UrgencySignal::rule, UrgencySignal::bearer)
                .contains(org.assertj.core.groups.Tuple.tuple("en/threat", "staff"));
        assertThat(read("Votre conseillère m'a humilié. Si elle me reparle comme ça, je l'attendrai à la sortie.", "fr",
                FRIDAY).counted()).extracting(UrgencySignal::bearer).contains("staff");
    }

    @Test
    void aReportedScamIsNot() {
        UrgencyReading scam = read("""
                I got this text today, I know it's a scam so I didn't click.

                ---------- Forwarded message ----------
                Your payment will be cancelled and you will be evicted unless you confirm your bank details within 24hrs.
                """, "en", WEDNESDAY);

        assertThat(scam.urgent()).isFalse();
        assertThat(scam.discounted()).extracting(UrgencySignal::discountedBy).allMatch(s -> s.contains(Stance.QUOTED));
        assertThat(read("> Votre compte sera suspendu et vous serez expulsé sous 24 h.", "fr", WEDNESDAY).urgent()).isFalse();
    }

    @Test
    void hearsayPastHypotheticalAndDeniedRisksAreNotCounted() {
        assertThat(read("My neighbour told me that bailiffs are going round our block this week.", "en", WEDNESDAY)
                .discounted()).extracting(UrgencySignal::discountedBy).containsExactly(java.util.Set.of(Stance.HEARSAY));
        assertThat(read("We were evicted by bailiffs in October and spent six weeks in a B&B.", "en", WEDNESDAY).urgent())
                .isFalse();
        assertThat(read("She was admitted to hospital last spring after a suicide attempt.", "en", WEDNESDAY).urgent())
                .isFalse();
        assertThat(read("If I did end up homeless, what happens to my housing costs?", "en", WEDNESDAY).urgent()).isFalse();
        assertThat(read("We do not want to start possession proceedings, but payments must resume.", "en", WEDNESDAY)
                .urgent()).isFalse();
        assertThat(read("Back in January we had nothing to eat. Things are much better now, thank you.", "en", WEDNESDAY)
                .urgent()).isFalse();
        assertThat(read("Nous avons été expulsés en octobre ; voici notre nouvelle adresse.", "fr", WEDNESDAY).urgent())
                .isFalse();
    }

    @Test
    void riskToLifeCountsEvenWhenConditional() {
        assertThat(read("If they stop my money again I will end it all.", "en", WEDNESDAY).urgent()).isTrue();
        assertThat(read("He said it would be easier if we just went to sleep and didn't wake up.", "en", WEDNESDAY)
                .counted()).extracting(UrgencySignal::bearer).containsExactly("dependant");
        assertThat(read("franchement je ne vois plus l'intérêt de continuer", "fr", WEDNESDAY).urgent()).isTrue();
    }

    @Test
    void eachSignalSaysWhichWordsMatchedAndWhoBearsTheRisk() {
        UrgencySignal signal = read("Hello. We have nothing to eat until Friday.", "en", WEDNESDAY).counted().getFirst();

        assertThat(signal.describe()).startsWith("en/no_food [writer] (“").contains("nothing to eat");
    }

    @Test
    void theRulesSignatureDoesNotDependOnTheRun() {
        // A stored classifier is reused after a restart only if its signature matches: the flags of a rule, a
        // set whose order changes between runs, are written in a fixed order.
        assertThat(signals.urgencyRules().signature()).contains("en/threat[CONDITIONAL, THREAT]")
                .doesNotContain("en/threat[THREAT, CONDITIONAL]");
    }

    private UrgencyReading read(String text, String language, LocalDate received) {
        return signals.urgency(text, language, received);
    }

    private List<String> counted(String text, String language) {
        return read(text, language, WEDNESDAY).counted().stream().map(UrgencySignal::rule).toList();
    }
}
