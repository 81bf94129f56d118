package guichet.app.employment.eval;

import guichet.app.employment.agent.JourneyTurn;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring scripted citizens: pass, facts, questions answered after the scripted turns, splits. */
class JourneyEvaluationTest {

    /** A journey that knows the age once it is told "34", and asks for it until then. */
    static final class AgeAsker implements JourneyEvaluation.Player {
        final List<String> heard = new ArrayList<>();

        @Override
        public Function<String, JourneyTurn> start(JourneyScenario scenario) {
            heard.clear();
            return message -> {
                heard.add(message);
                boolean knows = heard.stream().anyMatch(m -> m.contains("34"));
                Map<String, Object> understood = knows ? Map.of("age", new BigDecimal("34"), "country", "gb")
                        : Map.of("country", "gb");
                return new JourneyTurn("c", "m", "", List.of(), List.of(), List.of(), List.of(), understood,
                        knows ? null : "age", "answered");
            };
        }

        @Override
        public void finish(JourneyScenario scenario) {
        }
    }

    static JourneyScenario scenario(String id, String split, List<String> turns, Map<String, Object> facts,
                                    List<String> missing) {
        // No eligibility expected and no tool: met once the age is known is not checkable this way, so the
        // expectation here is a tool the fake never calls for the failing case.
        return new JourneyScenario(id, "en", turns, Map.of(), List.of(), null, id, split, facts, missing, "plain");
    }

    @Test
    void factsAreScoredOnTheScriptedTurnsAndTheFiguresSplit() {
        JourneyScenario stated = scenario("a", "tune", List.of("I'm 34 and in Leeds"), Map.of("age", 34, "country", "gb"),
                null);
        JourneyScenario unstated = scenario("b", "validate", List.of("I live in Leeds"), Map.of("age", 50, "country", "gb"),
                List.of("age"));
        JourneyEvaluation.Report report = new JourneyEvaluation(benefit -> Set.of())
                .run(List.of(stated, unstated), new AgeAsker(), "fake", o -> { });
        assertThat(report.results().get(0).facts().correct()).isEqualTo(2);
        assertThat(report.results().get(1).facts().missed()).containsExactly("age=50");
        assertThat(report.results().get(1).askedMissing()).isTrue();
        assertThat(report.splits()).extracting(JourneyFigures::split).containsExactly("tune", "validate", "all");
        JourneyFigures all = report.splits().get(2);
        assertThat(all.factPrecision().rate()).isEqualTo(1.0);
        assertThat(all.factRecall().rate()).isEqualTo(0.75);
        assertThat(all.askedMissing().rate()).isEqualTo(1.0);
        assertThat(all.turnLatencyP95()).isGreaterThanOrEqualTo(all.turnLatencyP50());
    }

    @Test
    void aQuestionLeftOpenIsAnsweredPlainlyAndCountsItsTurns() {
        JourneyScenario scenario = new JourneyScenario("c", "en", List.of("I live in Leeds"), Map.of(), List.of("never"),
                null, "c", "tune", Map.of("age", 34), null, "plain");
        JourneyEvaluation.Outcome outcome = new JourneyEvaluation(benefit -> Set.of())
                .run(List.of(scenario), new AgeAsker(), "fake", o -> { }).results().getFirst();
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.answers()).containsExactly("34");
        assertThat(outcome.facts().missed()).containsExactly("age=34");
    }
}
