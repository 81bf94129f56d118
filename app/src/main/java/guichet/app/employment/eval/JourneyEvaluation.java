package guichet.app.employment.eval;

import guichet.app.employment.agent.JourneyTurn;
import guichet.app.employment.eligibility.EligibilityResult;
import guichet.app.employment.plan.Plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs scripted citizens through the journey and scores each: were the expected eligibility
 * outcomes, tools and plan reached, and after how many turns.
 */
public final class JourneyEvaluation {

    /** Plays one scenario: a fresh citizen, their turns in order. */
    public interface Player {
        /** Starts a citizen; returns a function from a message to the turn's result. */
        java.util.function.Function<String, JourneyTurn> start(JourneyScenario scenario);

        /** Erases the citizen afterwards. */
        void finish(JourneyScenario scenario);
    }

    /** One scenario's outcome. */
    public record Outcome(String name, boolean passed, int turns, Map<String, String> eligibilityReached,
                          Map<String, String> eligibilityExpected, Set<String> toolsCalled, List<String> toolsExpected,
                          String planReached, String planExpected, long millis) {
    }

    /** The whole run. */
    public record Report(String model, int scenarios, int passed, double passRate, double meanTurns,
                         List<Outcome> results) {
    }

    public Report run(List<JourneyScenario> scenarios, Player player, String model, Consumer<Outcome> progress) {
        List<Outcome> outcomes = new ArrayList<>();
        for (JourneyScenario scenario : scenarios) {
            long start = System.currentTimeMillis();
            var say = player.start(scenario);
            Map<String, String> outcomesSeen = new HashMap<>();
            Set<String> tools = new LinkedHashSet<>();
            String plan = null;
            int reachedAt = scenario.turns().size();
            boolean reached = false;
            try {
                for (int i = 0; i < scenario.turns().size(); i++) {
                    JourneyTurn turn = say.apply(scenario.turns().get(i));
                    for (JourneyTurn.ToolCall call : turn.toolCalls()) {
                        tools.add(call.tool());
                        if (call.result() instanceof EligibilityResult result) {
                            outcomesSeen.put(result.benefit(), result.outcome().wireName());
                        }
                        if (call.result() instanceof Plans.Plan p) {
                            plan = p.procedure().id();
                        }
                    }
                    if (!reached && met(scenario, outcomesSeen, tools, plan)) {
                        reached = true;
                        reachedAt = i + 1;
                    }
                }
            } finally {
                player.finish(scenario);
            }
            boolean passed = met(scenario, outcomesSeen, tools, plan);
            Outcome outcome = new Outcome(scenario.name(), passed, passed ? reachedAt : scenario.turns().size(),
                    Map.copyOf(outcomesSeen), scenario.eligibility(), tools, scenario.tools(), plan, scenario.plan(),
                    System.currentTimeMillis() - start);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        int passed = (int) outcomes.stream().filter(Outcome::passed).count();
        double meanTurns = outcomes.stream().mapToInt(Outcome::turns).average().orElse(0);
        return new Report(model, outcomes.size(), passed, outcomes.isEmpty() ? 0 : (double) passed / outcomes.size(),
                meanTurns, outcomes);
    }

    static boolean met(JourneyScenario scenario, Map<String, String> outcomes, Set<String> tools, String plan) {
        return scenario.eligibility().entrySet().stream().allMatch(e -> e.getValue().equals(outcomes.get(e.getKey())))
                && tools.containsAll(scenario.tools())
                && (scenario.plan() == null || scenario.plan().equals(plan));
    }
}
