package guichet.app.employment.eligibility;

import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.Situation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped rules at the thresholds the guidance states: ages, hours, amounts, dates. */
public class EligibilityEngineTest {

    public static final RuleBook RULES = EligibilityConfiguration.load(Path.of("does-not-exist"));
    static final EligibilityEngine ENGINE = new EligibilityEngine(RULES);
    static final LocalDate DAY = LocalDate.of(2025, 5, 1);

    /** Everything New Style JSA asks for, met. */
    static Map<String, String> jsaSeeker(int age) {
        Map<String, String> facts = new HashMap<>(Map.of("age", Integer.toString(age), "country", "gb",
                "employmentStatus", "unemployed", "workedAsEmployee", "true", "class1Contributions", "true",
                "fullTimeEducation", "false", "healthPreventsWork", "false"));
        return facts;
    }

    static EligibilityResult jsa(Map<String, String> facts) {
        return ENGINE.evaluate("new-style-jsa", Situation.of(facts), DAY, "en");
    }

    @Test
    void loadsOneRulesFilePerBenefit() {
        assertThat(RULES.ids()).containsExactly("apprentice-minimum-wage", "are", "cpf", "new-style-jsa",
                "universal-credit");
    }

    @ParameterizedTest
    @CsvSource({"17, not_eligible", "18, eligible", "65, eligible", "66, not_eligible"})
    void jsaAgeBoundaries(int age, String outcome) {
        EligibilityResult result = jsa(jsaSeeker(age));
        assertThat(result.outcome().wireName()).isEqualTo(outcome);
        if (result.outcome() == Outcome.NOT_ELIGIBLE) {
            assertThat(result.failed()).singleElement().satisfies(failed -> {
                assertThat(failed.id()).isIn("age-18-or-over", "under-state-pension-age");
                assertThat(failed.source().url()).isEqualTo("https://www.gov.uk/jobseekers-allowance/eligibility");
            });
        }
    }

    @ParameterizedTest
    @CsvSource({"15, eligible", "15.9, eligible", "16, not_eligible", "30, not_eligible"})
    void jsaSixteenHoursBoundary(String hours, String outcome) {
        Map<String, String> facts = jsaSeeker(40);
        facts.put("employmentStatus", "employed");
        facts.put("hoursPerWeek", hours);
        assertThat(jsa(facts).outcome().wireName()).isEqualTo(outcome);
    }

    @Test
    void jsaAmountDependsOnAgeAt24And25() {
        assertThat(jsa(jsaSeeker(24)).amount().value()).isEqualByComparingTo("71.70");
        assertThat(jsa(jsaSeeker(25)).amount().value()).isEqualByComparingTo("90.50");
        assertThat(jsa(jsaSeeker(25)).amount().source().url()).isEqualTo("https://www.gov.uk/jobseekers-allowance#what-youll-get");
        assertThat(jsa(jsaSeeker(25)).citations()).extracting(GuidanceSource::url)
                .contains("https://www.gov.uk/jobseekers-allowance#what-youll-get");
    }

    @Test
    void jsaCannotTellWithoutContributionsAndNamesWhatIsMissing() {
        Map<String, String> facts = jsaSeeker(45);
        facts.remove("class1Contributions");
        facts.remove("workedAsEmployee");
        EligibilityResult result = jsa(facts);
        assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(result.failed()).isEmpty();
        assertThat(result.missing()).extracting(EligibilityResult.ConditionResult::id)
                .containsExactly("worked-as-employee", "class-1-contributions");
        assertThat(result.missingFacts()).containsExactly(Fact.WORKED_AS_EMPLOYEE, Fact.CLASS1_CONTRIBUTIONS);
        assertThat(result.missing()).allSatisfy(m -> assertThat(m.source().quote()).contains("Class 1"));
    }

    @Test
    void jsaEmployedWithoutHoursIsMissingTheHours() {
        Map<String, String> facts = jsaSeeker(45);
        facts.put("employmentStatus", "employed");
        EligibilityResult result = jsa(facts);
        assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(result.missingFacts()).containsExactly(Fact.HOURS_PER_WEEK);
    }

    @ParameterizedTest
    @CsvSource({"16000, eligible", "16000.00, eligible", "16000.01, not_eligible", "0, eligible"})
    void universalCreditSavingsLimit(String savings, String outcome) {
        EligibilityResult result = ENGINE.evaluate("universal-credit", Situation.of(Map.of("age", "30",
                "country", "gb", "savings", savings)), DAY, "en");
        assertThat(result.outcome().wireName()).isEqualTo(outcome);
        assertThat(result.citations()).extracting(GuidanceSource::url)
                .contains("https://www.gov.uk/universal-credit/eligibility");
    }

    @ParameterizedTest
    @CsvSource({"24, 311.68", "25, 393.45"})
    void universalCreditStandardAllowanceAt25(int age, String monthly) {
        EligibilityResult result = ENGINE.evaluate("universal-credit", Situation.of(Map.of("age", Integer.toString(age),
                "country", "gb", "savings", "100")), DAY, "en");
        assertThat(result.amount().value()).isEqualByComparingTo(monthly);
        assertThat(result.amount().per()).isEqualTo("month");
    }

    @Test
    void universalCreditOutsideTheUkFails() {
        EligibilityResult result = ENGINE.evaluate("universal-credit", Situation.of(Map.of("age", "30",
                "country", "fr", "savings", "100")), DAY, "fr");
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(result.failed()).extracting(EligibilityResult.ConditionResult::text).containsExactly("vivre au Royaume-Uni");
    }

    @ParameterizedTest
    @CsvSource({
            "18, , 2025-03-31, 6.40",    // under 19: apprentice rate, last day of the 2024 rates
            "18, , 2025-04-01, 7.55",    // first day of the April 2025 rates
            "19, 1, 2025-05-01, 7.55",   // 19 or over, first year: apprentice rate
            "19, 2, 2025-05-01, 10.00",  // 19 or over, first year done: rate for 18 to 20
            "20, 2, 2024-06-01, 8.60",
            "21, 2, 2024-06-01, 11.44",  // National Living Wage from 21
            "21, 2, 2025-04-01, 12.21"})
    void apprenticeMinimumWage(int age, String year, String day, String hourly) {
        Map<String, String> facts = new HashMap<>(Map.of("age", Integer.toString(age), "apprentice", "true"));
        if (year != null) {
            facts.put("apprenticeshipYear", year);
        }
        EligibilityResult result = ENGINE.evaluate("apprentice-minimum-wage", Situation.of(facts), LocalDate.parse(day), "en");
        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.amount().value()).isEqualByComparingTo(hourly);
        assertThat(result.amount().source().url()).isEqualTo("https://www.gov.uk/national-minimum-wage-rates#current-rates");
    }

    @Test
    void apprenticeAged20WithoutTheYearHasNoAmountYet() {
        EligibilityResult result = ENGINE.evaluate("apprentice-minimum-wage",
                Situation.of(Map.of("age", "20", "apprentice", "true")), DAY, "en");
        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.amount()).isNull();
    }

    @Test
    void apprenticeUnder16IsNotEligible() {
        EligibilityResult result = ENGINE.evaluate("apprentice-minimum-wage",
                Situation.of(Map.of("age", "15", "apprentice", "true")), DAY, "en");
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(result.amount()).isNull();
    }

    static Map<String, String> areSeeker() {
        return new HashMap<>(Map.of("age", "35", "country", "fr", "daysWorked", "200", "registeredJobseeker", "true",
                "jobLossInvoluntary", "true", "healthPreventsWork", "false"));
    }

    @ParameterizedTest
    @CsvSource({"129, 909, not_eligible", "130, , eligible", ", 910, eligible", "129, 910, eligible", "129, , unknown"})
    void areAffiliationOf130DaysOr910Hours(String days, String hours, String outcome) {
        Map<String, String> facts = areSeeker();
        facts.remove("daysWorked");
        if (days != null) {
            facts.put("daysWorked", days);
        }
        if (hours != null) {
            facts.put("hoursWorked", hours);
        }
        EligibilityResult result = ENGINE.evaluate("are", Situation.of(facts), DAY, "fr");
        assertThat(result.outcome().wireName()).isEqualTo(outcome);
    }

    @Test
    void areResignationFailsAndIsCited() {
        Map<String, String> facts = areSeeker();
        facts.put("jobLossInvoluntary", "false");
        EligibilityResult result = ENGINE.evaluate("are", Situation.of(facts), DAY, "fr");
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(result.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.id()).isEqualTo("involuntary-job-loss");
            assertThat(failed.source().url()).endsWith("#qui-peut-beneficier-de-lallocation-daide-au-retour-a-lemploi-are");
        });
    }

    @ParameterizedTest
    @CsvSource({"2025-06-30, 31.97", "2025-07-01, 32.13"})
    void areMinimumDailyAmountChangesOnFirstJuly2025(String day, String daily) {
        EligibilityResult result = ENGINE.evaluate("are", Situation.of(areSeeker()), LocalDate.parse(day), "fr");
        assertThat(result.amount().value()).isEqualByComparingTo(daily);
        assertThat(result.amount().per()).isEqualTo("day");
    }

    @ParameterizedTest
    @CsvSource({"61, eligible", "62, not_eligible"})
    void areRetirementAge(int age, String outcome) {
        Map<String, String> facts = areSeeker();
        facts.put("age", Integer.toString(age));
        assertThat(ENGINE.evaluate("are", Situation.of(facts), DAY, "fr").outcome().wireName()).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource({"15, false, not_eligible", "15, true, eligible", "16, false, eligible"})
    void cpfFromSixteenOrFifteenWithAnApprenticeship(int age, boolean apprentice, String outcome) {
        EligibilityResult result = ENGINE.evaluate("cpf", Situation.of(Map.of("age", Integer.toString(age),
                "apprentice", Boolean.toString(apprentice), "country", "fr")), DAY, "fr");
        assertThat(result.outcome().wireName()).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource({"57, , eligible", "58, , unknown", "58, false, eligible", "63, true, not_eligible"})
    void cpfAsksAboutAFullRatePensionFrom58(int age, String retired, String outcome) {
        Map<String, String> facts = new HashMap<>(Map.of("age", Integer.toString(age), "country", "fr"));
        if (retired != null) {
            facts.put("retiredFullRate", retired);
        }
        assertThat(ENGINE.evaluate("cpf", Situation.of(facts), DAY, "en").outcome().wireName()).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource({"2, 800", "3, 500"})
    void cpfCreditDependsOnLevel3Diploma(int level, String perYear) {
        EligibilityResult result = ENGINE.evaluate("cpf", Situation.of(Map.of("age", "30", "country", "fr",
                "qualificationLevel", Integer.toString(level))), DAY, "fr");
        assertThat(result.amount().value()).isEqualByComparingTo(new BigDecimal(perYear));
        assertThat(result.amount().currency()).isEqualTo("EUR");
    }

    @Test
    void rulesOutsideTheirDatesCannotTell() {
        EligibilityResult result = ENGINE.evaluate("are", Situation.of(areSeeker()), LocalDate.of(2024, 6, 30), "fr");
        assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(result.amount()).isNull();
    }

    @Test
    void everyConditionResultCitesItsSection() {
        for (BenefitRule rule : RULES.all()) {
            EligibilityResult result = ENGINE.evaluate(rule.id(), Situation.empty(), DAY, "en");
            assertThat(result.missing()).as(rule.id()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.source().url()).startsWith("https://");
                assertThat(m.source().quote()).isNotBlank();
                assertThat(m.text()).isNotBlank();
            });
            assertThat(result.citations()).as(rule.id()).isNotEmpty();
        }
    }
}
