package guichet.app.employment.situation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Facts read from what citizens write, in English and French. */
public class SituationExtractorTest {

    static final SituationExtractor EXTRACTOR = new SituationExtractor(patterns(), places(), knownWords());

    /** The shipped extractor, for tests of other packages. */
    public static SituationExtractor extractor() {
        return EXTRACTOR;
    }

    static String patterns() {
        return resource(SituationExtractor.PATTERNS);
    }

    static String knownWords() {
        return resource(SituationExtractor.KNOWN_WORDS);
    }

    static String places() {
        return resource(SituationExtractor.PLACES);
    }

    static String resource(String name) {
        try (InputStream in = SituationExtractorTest.class.getClassLoader().getResourceAsStream(name)) {
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
        assertThat(s.flag(Fact.WORKED_AS_EMPLOYEE)).as("only employees are made redundant").contains(true);
        assertThat(s.flag(Fact.CLASS1_CONTRIBUTIONS)).as("presumed: an employee in the UK pays Class 1").contains(true);
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
        // The rules' qualification level is the French nomenclature: UK qualifications are named, not levelled.
        assertThat(s.knows(Fact.QUALIFICATION_LEVEL)).isFalse();
        assertThat(s.list(Fact.QUALIFICATIONS)).contains("gcse");
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
        assertThat(s.number(Fact.DAYS_WORKED)).as("14 months of 21.67 working days").contains(new BigDecimal("303"));
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

    static Situation en(String message) {
        return EXTRACTOR.read(message, SituationExtractor.Context.first("en")).situation();
    }

    static Situation fr(String message) {
        return EXTRACTOR.read(message, SituationExtractor.Context.first("fr")).situation();
    }

    @Test
    void aJobNamedByItsWorkplace() {
        assertThat(en("I stack shelves at Tesco").text(Fact.EMPLOYMENT_STATUS)).contains("employed");
        assertThat(fr("je bosse chez Carrefour").text(Fact.EMPLOYMENT_STATUS)).contains("employed");
        assertThat(en("I'm a cleaner at the local hospital").text(Fact.EMPLOYMENT_STATUS)).contains("employed");
        assertThat(en("I'm a student at Leeds").knows(Fact.EMPLOYMENT_STATUS)).isFalse();
        Situation past = en("I used to stack shelves at Morrisons");
        assertThat(past.flag(Fact.WORKED_AS_EMPLOYEE)).contains(true);
        assertThat(past.knows(Fact.EMPLOYMENT_STATUS)).isFalse();
        assertThat(en("I was a bus driver for First in Bristol").flag(Fact.WORKED_AS_EMPLOYEE)).contains(true);
        assertThat(en("self-employed for 15 years, never worked for anyone else").flag(Fact.WORKED_AS_EMPLOYEE))
                .contains(false);
    }

    @Test
    void amountsInWordsAndShorthand() {
        assertThat(en("I've got two grand in the bank").number(Fact.SAVINGS)).contains(new BigDecimal("2000"));
        assertThat(en("£25k in savings").number(Fact.SAVINGS)).contains(new BigDecimal("25000"));
        assertThat(en("I've got like fifteen and a half thousand quid put by").number(Fact.SAVINGS))
                .contains(new BigDecimal("15500"));
        assertThat(fr("J'ai deux mille balles de côté").number(Fact.SAVINGS)).contains(new BigDecimal("2000"));
        assertThat(fr("env. 3k€ d'économies").number(Fact.SAVINGS)).contains(new BigDecimal("3000"));
        assertThat(en("I earn £1,200 a month").knows(Fact.SAVINGS)).isFalse();
        assertThat(en("I owe £3000 on my credit card").knows(Fact.SAVINGS)).isFalse();
        assertThat(en("I'm nineteen").number(Fact.AGE)).contains(new BigDecimal("19"));
    }

    @Test
    void frenchNamesOfTheWaysAContractEnds() {
        assertThat(fr("mon CDI a pris fin par une rupture conventionnelle").flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(true);
        assertThat(fr("licenciement économique").flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(true);
        assertThat(fr("je me suis fait licencier pour faute grave").flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(true);
        assertThat(fr("fin de CDD la semaine dernière").flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(true);
        assertThat(fr("la dernière mission s'est terminée vendredi").flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(true);
        assertThat(fr("j'ai démissionné en mars").flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(false);
        assertThat(fr("abandon de poste").flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(false);
        assertThat(fr("j'ai démissionné pour suivre mon mari muté à Bordeaux").flag(Fact.JOB_LOSS_INVOLUNTARY))
                .as("a legitimate resignation").contains(true);
        assertThat(fr("c'est moi qui ai démissionné, ils ne m'ont pas licenciée").flag(Fact.JOB_LOSS_INVOLUNTARY))
                .contains(false);
    }

    @Test
    void coursesOfStudyInEverydayTerms() {
        assertThat(en("I'm 20, full-time at college doing a plumbing course").flag(Fact.FULL_TIME_EDUCATION)).contains(true);
        assertThat(en("in my second year at uni doing nursing").flag(Fact.FULL_TIME_EDUCATION)).contains(true);
        assertThat(en("I'm doing my A-levels").flag(Fact.FULL_TIME_EDUCATION)).contains(true);
        assertThat(fr("je suis au collège à Metz").flag(Fact.FULL_TIME_EDUCATION)).contains(true);
        assertThat(fr("je suis en BTS en alternance").knows(Fact.FULL_TIME_EDUCATION)).isFalse();
        assertThat(en("I'm not studying or owt").flag(Fact.FULL_TIME_EDUCATION)).contains(false);
        assertThat(en("He isn't in college any more").knows(Fact.FULL_TIME_EDUCATION)).as("no relative named: he is not the citizen")
                .isFalse();
    }

    @Test
    void negatedStatementsSetNothingOrTheOpposite() {
        assertThat(en("I'm not an apprentice").flag(Fact.APPRENTICE)).contains(false);
        assertThat(en("What is the apprentice minimum wage?").knows(Fact.APPRENTICE)).isFalse();
        assertThat(en("My knee's a bit dodgy but it doesn't stop me working").flag(Fact.HEALTH_PREVENTS_WORK)).contains(false);
        assertThat(en("I had a stroke and I can't work at all").flag(Fact.HEALTH_PREVENTS_WORK)).contains(true);
        assertThat(en("I can't work because of childcare").knows(Fact.HEALTH_PREVENTS_WORK)).isFalse();
        assertThat(en("I haven't been made redundant").knows(Fact.JOB_LOSS_INVOLUNTARY)).isFalse();
    }

    @Test
    void theLatestStatementInAMessageWins() {
        assertThat(fr("J'ai 62 ans... pardon, j'ai 61 ans, j'aurai 62 en décembre").number(Fact.AGE))
                .contains(new BigDecimal("61"));
        assertThat(en("Scratch that, I'm not 24, I'm 25").number(Fact.AGE)).contains(new BigDecimal("25"));
    }

    @Test
    void everyFactRestsOnWordsTheCitizenWrote() {
        String message = "Hiya, got let go from Tesco, I'd been stacking shelves there three years. NI always came out me "
                + "wages. I'm thirty-four, I live in Stoke, £2k in the bank, univarsal credit?";
        Reading reading = EXTRACTOR.read(message, SituationExtractor.Context.first("en"));
        assertThat(reading.facts()).isNotEmpty().allSatisfy(fact -> assertThat(message).contains(fact.words()));
        assertThat(reading.fact(Fact.AGE).orElseThrow().words()).isEqualTo("I'm thirty-four");
        assertThat(reading.fact(Fact.SAVINGS).orElseThrow().words()).isEqualTo("£2k in the bank");
    }

    @Test
    void aFactReadThroughACorrectedSlipSaysSo() {
        Reading reading = EXTRACTOR.read("im 28 an live in southhampton", SituationExtractor.Context.first("en"));
        assertThat(reading.fact(Fact.COUNTRY).orElseThrow().how()).isEqualTo(ReadFact.How.CORRECTED_SPELLING);
        assertThat(reading.fact(Fact.AGE).orElseThrow().how()).isEqualTo(ReadFact.How.PATTERN);
    }
}
