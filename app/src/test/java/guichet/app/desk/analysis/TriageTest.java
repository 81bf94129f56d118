package guichet.app.desk.analysis;

import guichet.app.desk.DeskFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's triage with its real parts (multilingual-e5, the shipped rules, examples and classifier) on
 * dated messages: a deadline named by weekday within one working day of receipt is urgent, the same a
 * fortnight away is not; a threat towards staff is urgent; a scam that is only reported is not.
 */
class TriageTest {

    /** Wednesday 11 March 2026, 10:00. */
    private static final Instant WEDNESDAY = Instant.parse("2026-03-11T10:00:00Z");
    /** Wednesday 25 February 2026: the same Thursday is then a fortnight away. */
    private static final Instant FORTNIGHT_BEFORE = Instant.parse("2026-02-25T10:00:00Z");
    /** Friday 13 March 2026. */
    private static final Instant FRIDAY = Instant.parse("2026-03-13T16:00:00Z");

    private static Triage triage;

    @BeforeAll
    static void classifier() {
        triage = DeskFixtures.triage(DeskFixtures.database());
    }

    @Test
    void aWeekdayDeadlineWithinOneWorkingDayIsUrgentAndAFortnightAwayIsNot() {
        String english = "Tribunal papers\n\nMy tribunal hearing is on Thursday 12 March and I still have not received "
                + "the bundle of papers from you. Could you send it?";
        String french = "Audience\n\nMon audience au tribunal est le jeudi 12 mars et je n'ai toujours pas reçu le dossier. "
                + "Pouvez-vous me l'envoyer ?";

        TriageDecision soon = triage.decide(english, "en", WEDNESDAY);
        TriageDecision fortnight = triage.decide(english, "en", FORTNIGHT_BEFORE);

        assertThat(soon.urgent()).as(soon.urgencyReason()).isTrue();
        assertThat(soon.urgencyReason()).contains("hearing_soon", "2026-03-12");
        assertThat(fortnight.urgent()).as(fortnight.urgencyReason()).isFalse();
        assertThat(fortnight.urgencyReason()).contains("not counted", "far");
        assertThat(triage.decide(french, "fr", WEDNESDAY).urgent()).isTrue();
        assertThat(triage.decide(french, "fr", FORTNIGHT_BEFORE).urgent()).isFalse();
    }

    @Test
    void mondayIsOneWorkingDayAfterAFriday() {
        String text = "Appointment on Monday\n\nMy appointment is on Monday at 9 but I am in hospital and cannot come. "
                + "Please can you move it?";

        assertThat(triage.decide(text, "en", FRIDAY).urgent()).isTrue();
        assertThat(triage.decide(text, "en", Instant.parse("2026-03-03T10:00:00Z")).urgent())
                .as("from a Tuesday, the Monday after next is days away").isFalse();
    }

    @Test
    void aThreatTowardsStaffIsUrgent() {
        TriageDecision threat = triage.decide("Complaint about your adviser\n\nYour adviser laughed at me again. If she "
                + "does it on Monday I won't be responsible for what happens to her. I know what time she finishes.",
                "en", WEDNESDAY);

        assertThat(threat.urgent()).isTrue();
        assertThat(threat.urgencyReason()).contains("threat [staff]");
        assertThat(threat.category()).isEqualTo("complaint");
    }

    @Test
    void aReportedScamIsNotUrgent() {
        TriageDecision scam = triage.decide("Suspicious text\n\nI got a scam text this morning: \"your benefit will be "
                + "stopped and bailiffs sent today unless you confirm your bank details\". I didn't click anything, but you "
                + "may want to warn people.", "en", WEDNESDAY);

        assertThat(scam.urgent()).as(scam.urgencyReason()).isFalse();
        assertThat(scam.urgencyReason()).contains("quoted");
        assertThat(scam.category()).isEqualTo("fraud_report");
    }

    @Test
    void aDeadlineTomorrowIsUrgentAndOneAFortnightAwayIsNot() {
        String english = "Reconsideration\n\nThe deadline for my mandatory reconsideration is tomorrow and I still haven't "
                + "got the decision letter you promised.";
        String french = "Délai\n\nLe délai pour contester la décision expire demain et je n'ai jamais reçu le courrier.";

        assertThat(triage.decide(english, "en", WEDNESDAY).urgent()).isTrue();
        assertThat(triage.decide(english.replace("tomorrow", "on 25 March"), "en", WEDNESDAY).urgent()).isFalse();
        assertThat(triage.decide(french, "fr", WEDNESDAY).urgent()).isTrue();
    }

    @Test
    void waitingForStaffInTheCarParkIsAThreatTowardsStaff() {
        TriageDecision threat = triage.decide("Your receptionist\n\nTell that woman at the front desk that if she speaks "
                + "to me like that again I'll be waiting for her in the car park.", "en", WEDNESDAY);
        TriageDecision french = triage.decide("Conseiller\n\nDites à votre conseiller que s'il me radie je viendrai régler "
                + "ça avec lui devant l'agence.", "fr", WEDNESDAY);

        assertThat(threat.urgent()).as(threat.urgencyReason()).isTrue();
        assertThat(threat.urgencyReason()).contains("threat");
        assertThat(french.urgent()).as(french.urgencyReason()).isTrue();
    }
}
