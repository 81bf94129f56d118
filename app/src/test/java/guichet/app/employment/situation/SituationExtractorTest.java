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

    // Wordings from a set of fresh citizens written by someone who had not read the patterns.

    private static final SituationExtractor ON_7_DECEMBER_2026 = new SituationExtractor(patterns(), places(), knownWords(),
            java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T10:00:00Z"), java.time.ZoneOffset.UTC));

    @Test
    void readsAnAgeFromAYearOfBirthAndSaysItBack() {
        Reading month = ON_7_DECEMBER_2026.read("I was born in March 1999 if that matters.", SituationExtractor.Context.first("en"));
        assertThat(month.situation().number(Fact.AGE)).contains(new BigDecimal("27"));
        assertThat(month.facts()).filteredOn(f -> f.fact() == Fact.AGE).singleElement()
                .satisfies(f -> assertThat(f.how().readBack()).as("worked out, so said back").isTrue());
        assertThat(ON_7_DECEMBER_2026.read("Il est né en décembre 1961.", SituationExtractor.Context.first("fr")).situation()
                .number(Fact.AGE)).as("a birthday later this month is not past").contains(new BigDecimal("64"));
        assertThat(ON_7_DECEMBER_2026.read("I'm 58, born in 1968.", SituationExtractor.Context.first("en")).situation()
                .number(Fact.AGE)).as("a stated age wins").contains(new BigDecimal("58"));
    }

    @Test
    void readsHoursAWeekFromDaysAndHoursADay() {
        Situation s = EXTRACTOR.extract("They cut my hours and now I'm only doing three days a week, 6 hours each.");
        assertThat(s.number(Fact.HOURS_PER_WEEK)).contains(new BigDecimal("18"));
    }

    @Test
    void aCorrectedNumberOfHoursReplacesTheFirst() {
        Situation s = EXTRACTOR.extract("I work 19 hours a week on the tills. Oh wait sorry, I meant 15 hours.");
        assertThat(s.number(Fact.HOURS_PER_WEEK)).contains(new BigDecimal("15"));
    }

    @Test
    void doubtAboutNationalInsuranceIsNotAStatementOrAPresumption() {
        Situation s = EXTRACTOR.extract("For the past four years I was employed as a nanny. I was paid in cash and I am "
                + "uncertain whether National Insurance contributions were ever paid on my behalf.");
        assertThat(s.flag(Fact.WORKED_AS_EMPLOYEE)).contains(true);
        assertThat(s.knows(Fact.CLASS1_CONTRIBUTIONS)).isFalse();
        assertThat(EXTRACTOR.extract("got made redundent from the bakery after 6 yrs, ni always came off my wages")
                .flag(Fact.CLASS1_CONTRIBUTIONS)).as("ni in lower case").contains(true);
    }

    @Test
    void noIllnessThatPreventsWorkIsGoodHealth() {
        assertThat(EXTRACTOR.extract("I have no illness or disability that prevents me from working.")
                .flag(Fact.HEALTH_PREVENTS_WORK)).contains(false);
        assertThat(EXTRACTOR.extract("My illness prevents me from working.").flag(Fact.HEALTH_PREVENTS_WORK)).contains(true);
        assertThat(EXTRACTOR.extract("not in colege or anything and no helth probs").flag(Fact.HEALTH_PREVENTS_WORK))
                .contains(false);
    }

    @Test
    void aTerseMessageStatesAnAge() {
        assertThat(EXTRACTOR.extract("Self-employed plumber, Bristol. 45. Never been on PAYE, never paid Class 1.")
                .number(Fact.AGE)).contains(new BigDecimal("45"));
        Situation apprentice = EXTRACTOR.extract("Apprentice hairdresser, 20, second year. Minimum hourly rate?");
        assertThat(apprentice.number(Fact.AGE)).contains(new BigDecimal("20"));
        assertThat(apprentice.number(Fact.APPRENTICESHIP_YEAR)).contains(new BigDecimal("2"));
        assertThat(EXTRACTOR.extract("I work 40 hours a week, 20, in a shop").knows(Fact.AGE)).isFalse();
    }

    @Test
    void frenchEndOfContractAndResignationInEverydayWords() {
        Situation cdd = EXTRACTOR.extract("bjr jai fini mon cdd de serveuse a marseille fin aout, jai 24 ans. en tout jai bossé "
                + "95 jours sur les 2 dernieres annees");
        assertThat(cdd.flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(true);
        assertThat(cdd.flag(Fact.WORKED_AS_EMPLOYEE)).contains(true);
        assertThat(cdd.number(Fact.DAYS_WORKED)).contains(new BigDecimal("95"));
        Situation quit = EXTRACTOR.extract("ça se passait mal avec mon responsable, donc j'ai fini par démissionner. "
                + "Je suis en pleine forme.");
        assertThat(quit.flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(false);
        assertThat(quit.flag(Fact.HEALTH_PREVENTS_WORK)).contains(false);
    }
}
