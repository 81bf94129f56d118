package guichet.app.employment;

import guichet.app.employment.eval.JourneyScenario;
import guichet.app.employment.eval.JourneysCommand;
import guichet.app.employment.eligibility.EligibilityEngineTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The journey scenarios shipped for {@code guichet eval journeys} are well formed. */
class JourneyScenariosTest {

    static final Path FILE = Path.of("src/test/resources/eval/journeys/scenarios.json");

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
}
