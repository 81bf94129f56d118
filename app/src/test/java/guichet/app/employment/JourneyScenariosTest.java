package guichet.app.employment;

import guichet.app.employment.eval.JourneyScenario;
import guichet.app.employment.eval.JourneysCommand;
import guichet.app.employment.eligibility.EligibilityEngineTest;
import guichet.app.employment.situation.Fact;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The journey scenarios shipped for {@code guichet eval journeys} are well formed. */
class JourneyScenariosTest {

    static final Path FILE = Path.of("src/test/resources/eval/journeys/scenarios.json");
    static final Path DEV = Path.of("src/test/resources/eval/journeys/dev.json");

    @Test
    void atLeastTwelveScenariosNamingKnownBenefitsToolsAndPlans() throws Exception {
        List<JourneyScenario> scenarios = JourneysCommand.read(FILE);
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(12);
        List<String> tools = List.of("check_eligibility", "search_jobs", "search_training", "plan_procedure",
                "book_appointment", "request_callback", "hand_over");
        for (JourneyScenario scenario : scenarios) {
            assertThat(scenario.turns()).as(scenario.name()).isNotEmpty();
            assertThat(scenario.language()).isIn("en", "fr");
            assertThat(EligibilityEngineTest.RULES.ids()).containsAll(scenario.eligibility().keySet());
            assertThat(scenario.eligibility().values()).allMatch(v -> List.of("eligible", "not_eligible", "unknown").contains(v));
            assertThat(tools).containsAll(scenario.tools());
        }
    }

    @Test
    void theDevelopmentSetSplitsOnceAndNamesOnlyKnownFacts() throws Exception {
        List<JourneyScenario> scenarios = JourneysCommand.read(DEV);
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(120);
        for (JourneyScenario scenario : scenarios) {
            assertThat(scenario.split()).as(scenario.id()).isIn("tune", "validate");
            assertThat(scenario.declaresFacts()).as(scenario.id()).isTrue();
            assertThat(scenario.facts().keySet()).allMatch(name -> Fact.fromKey(name).isPresent(), "fact names");
            assertThat(scenario.missing()).allMatch(name -> Fact.fromKey(name).isPresent(), "missing fact names");
            assertThat(EligibilityEngineTest.RULES.ids()).containsAll(scenario.eligibility().keySet());
        }
        assertThat(scenarios.stream().map(JourneyScenario::id).distinct().count()).isEqualTo(scenarios.size());
    }
}
