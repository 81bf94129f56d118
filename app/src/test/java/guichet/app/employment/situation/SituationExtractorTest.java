package guichet.app.employment.situation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Facts read from what citizens write, in English and French. */
class SituationExtractorTest {

    static final SituationExtractor EXTRACTOR = new SituationExtractor(patterns());

    static String patterns() {
        try (InputStream in = SituationExtractorTest.class.getClassLoader().getResourceAsStream(SituationExtractor.PATTERNS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void redundantAfterTwentyYears() {
        Situation s = EXTRACTOR.extract("I'm 45 and I was just made redundant after 20 years at a warehouse in Leeds.");
        assertThat(s.number(Fact.AGE)).contains(new BigDecimal("45"));
        assertThat(s.text(Fact.EMPLOYMENT_STATUS)).contains("unemployed");
        assertThat(s.flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(true);
        assertThat(s.flag(Fact.WORKED_AS_EMPLOYEE)).contains(true);
        assertThat(s.flag(Fact.CLASS1_CONTRIBUTIONS)).contains(true);
        assertThat(s.text(Fact.COUNTRY)).contains("gb");
        assertThat(s.text(Fact.REGION)).contains("yorkshire and the humber");
        assertThat(s.list(Fact.SKILLS)).contains("logistics");
    }

    @Test
    void carerWorkingTwelveHours() {
        Situation s = EXTRACTOR.extract("I look after my mum and I work 12 hours a week in a shop. I have £3,500 in savings.");
        assertThat(s.flag(Fact.CARING)).contains(true);
        assertThat(s.number(Fact.HOURS_PER_WEEK)).contains(new BigDecimal("12"));
        assertThat(s.text(Fact.EMPLOYMENT_STATUS)).contains("employed");
        assertThat(s.number(Fact.SAVINGS)).contains(new BigDecimal("3500"));
        assertThat(s.list(Fact.SKILLS)).contains("retail");
    }

    @Test
    void apprenticeshipSeeker() {
        Situation s = EXTRACTOR.extract("I'm 19, I left school with GCSEs and I'm looking for an apprenticeship in London");
        assertThat(s.number(Fact.AGE)).contains(new BigDecimal("19"));
        assertThat(s.flag(Fact.APPRENTICE)).contains(true);
        assertThat(s.flag(Fact.FULL_TIME_EDUCATION)).contains(false);
        assertThat(s.number(Fact.QUALIFICATION_LEVEL)).contains(new BigDecimal("2"));
        assertThat(s.list(Fact.GOALS)).contains("apprenticeship");
        assertThat(s.text(Fact.REGION)).contains("london");
    }

    @Test
    void frenchSpeakerInLyonAfterAFixedTermContract() {
        Situation s = EXTRACTOR.extract("J'ai 32 ans, j'habite à Lyon, mon CDD est terminé après avoir travaillé 14 mois "
                + "comme vendeuse. Je suis inscrite à France Travail.");
        assertThat(s.number(Fact.AGE)).contains(new BigDecimal("32"));
        assertThat(s.text(Fact.COUNTRY)).contains("fr");
        assertThat(s.text(Fact.REGION)).contains("auvergne-rhône-alpes");
        assertThat(s.flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(true);
        assertThat(s.number(Fact.DAYS_WORKED)).contains(new BigDecimal("294"));
        assertThat(s.flag(Fact.REGISTERED_JOBSEEKER)).contains(true);
        assertThat(s.list(Fact.SKILLS)).contains("retail");
    }

    @Test
    void negationsWin() {
        Situation s = EXTRACTOR.extract("I resigned last month. I have no savings and no health problems.");
        assertThat(s.flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(false);
        assertThat(s.number(Fact.SAVINGS)).contains(BigDecimal.ZERO);
        assertThat(s.flag(Fact.HEALTH_PREVENTS_WORK)).contains(false);
    }

    @Test
    void hoursAreNotAnAge() {
        Situation s = EXTRACTOR.extract("I'm 30 hours a week at the moment");
        assertThat(s.knows(Fact.AGE)).isFalse();
    }

    @Test
    void somethingUnrelatedGivesNothing() {
        assertThat(EXTRACTOR.extract("What is the weather like?").known()).isEmpty();
        assertThat(List.of(EXTRACTOR.extract("hello").known())).containsExactly(java.util.Set.of());
    }
}
