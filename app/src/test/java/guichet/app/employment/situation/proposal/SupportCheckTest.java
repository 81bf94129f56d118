package guichet.app.employment.situation.proposal;

import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.ReadFact;
import guichet.app.employment.situation.Situation;
import guichet.app.employment.situation.SituationExtractorTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A proposed fact is kept only when the citizen's words are in the message and agree with its value. */
class SupportCheckTest {

    static final SupportCheck CHECK = new SupportCheck(SituationExtractorTest.extractor());
    static final Set<Fact> ALL = EnumSet.allOf(Fact.class);

    static SupportCheck.Verdict check(String message, String fact, String value, String words) {
        return CHECK.check(new ProposedFact(fact, value, words), message, ALL, Situation.empty(), "en");
    }

    @Test
    void aFactWhoseWordsAreNotInTheMessageIsDiscarded() {
        String message = "I used to work at a garden centre and I've got a bit put aside.";
        SupportCheck.Verdict invented = check(message, "savings", "2000", "£2,000 in savings");
        assertThat(invented.kept()).isEmpty();
        assertThat(invented.reason()).isEqualTo("its words are not in the message");
        assertThat(check(message, "age", "40", "I'm 40").kept()).isEmpty();
        assertThat(check(message, "savings", "2000", "").kept()).as("no words at all").isEmpty();
    }

    @Test
    void aNumberMustBeInItsWordsAsTheCitizenWroteIt() {
        String message = "Got about £25k put by, I'm thirty-four.";
        assertThat(check(message, "savings", "25000", "£25k put by").kept()).map(ReadFact::value)
                .contains(new BigDecimal("25000"));
        assertThat(check(message, "savings", "2500", "£25k put by").kept()).isEmpty();
        assertThat(check(message, "age", "34", "thirty-four").kept()).isPresent();
        assertThat(check(message, "age", "3", "thirty-four").kept()).as("and a sensible value").isEmpty();
        assertThat(check("deux mille balles de côté", "savings", "2000", "deux mille balles").kept()).isEmpty();
        assertThat(CHECK.check(new ProposedFact("savings", "2000", "deux mille balles"), "deux mille balles de côté", ALL,
                Situation.empty(), "fr").kept()).as("read in the message's language").isPresent();
    }

    @Test
    void daysWorkedMayComeFromALengthOfWork() {
        Situation fifty = Situation.of(Map.of("age", "50"));
        String message = "I left my job at a bank after 8 years.";
        assertThat(CHECK.check(new ProposedFact("daysWorked", "520", "after 8 years"), message, ALL, fifty, "en").kept()).isPresent();
        assertThat(CHECK.check(new ProposedFact("daysWorked", "1734", "after 8 years"), message, ALL, fifty, "en").kept()).isEmpty();
    }

    @Test
    void trueOrFalseMustNotBeContradicted() {
        assertThat(check("Honestly I'm fit as a fiddle.", "healthPreventsWork", "false", "fit as a fiddle").kept()).isPresent();
        assertThat(check("I'm not studying at the moment.", "fullTimeEducation", "true", "not studying").reason())
                .isEqualTo("its words say otherwise");
        assertThat(check("I'm not in great shape to be honest.", "healthPreventsWork", "false", "not in great shape").kept())
                .as("a negation the patterns do not read").isEmpty();
        assertThat(check("I never paid NI, but I did work.", "class1Contributions", "true", "I did work").reason())
                .isEqualTo("the message says otherwise");
    }

    @Test
    void aCountryMustBeThatOfAPlaceItsWordsName() {
        assertThat(check("We're up in Leeds.", "country", "gb", "up in Leeds").kept()).map(ReadFact::value).contains("gb");
        assertThat(check("We're up in Leeds.", "country", "fr", "up in Leeds").kept()).isEmpty();
        assertThat(check("We're up in Leeds.", "country", "other", "up in Leeds").kept()).isEmpty();
    }

    @Test
    void aFactNotAskedForOrUnknownIsDiscarded() {
        assertThat(CHECK.check(new ProposedFact("age", "34", "34"), "I'm 34", Set.of(Fact.SAVINGS), Situation.empty(), "en")
                .reason()).isEqualTo("not asked for");
        assertThat(check("I'm 34", "shoeSize", "9", "34").reason()).isEqualTo("no such fact");
        assertThat(check("I'm 34", "age", "old", "I'm 34").reason()).isEqualTo("not a value of the fact");
    }

    @Test
    void aFactProposedTwiceIsKeptOnce() {
        List<SupportCheck.Verdict> verdicts = CHECK.check(List.of(new ProposedFact("age", "34", "34"),
                new ProposedFact("age", "34", "I'm 34")), "I'm 34", ALL, Situation.empty(), "en");
        assertThat(verdicts.get(0).kept()).isPresent();
        assertThat(verdicts.get(1).kept()).isEmpty();
    }

    @Test
    void aFrenchDiplomaIsLevelledAsThePatternsLevelIt() {
        assertThat(CHECK.check(new ProposedFact("qualificationLevel", "5", "un BTS"), "J'ai un BTS en poche.", ALL,
                Situation.empty(), "fr").kept()).isPresent();
        assertThat(CHECK.check(new ProposedFact("qualificationLevel", "7", "un BTS"), "J'ai un BTS en poche.", ALL,
                Situation.empty(), "fr").kept()).isEmpty();
    }
}
