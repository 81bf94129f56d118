package guichet.app.employment.eval;

import guichet.app.employment.agent.JourneyTurn;
import guichet.app.employment.eligibility.EligibilityResult;
import guichet.app.employment.plan.Plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs scripted citizens through the journey and scores each: were the expected eligibility
 * outcomes, tools and plan reached, after how many turns, and which facts the journey read.
 *
 * <p>After the scripted turns, a scenario not yet passed whose last reply asks for a fact the scenario
 * states is played on: the citizen answers the question plainly ({@link SimulatedAnswers}), up to
 * {@link #MAX_ANSWERS} times. That gives the turns needed when the agent asks; the pass rate and the
 * fact figures are those of the scripted turns alone.
 */
public final class JourneyEvaluation {

    /** Questions a scripted citizen answers after their own turns, at most. */
    static final int MAX_ANSWERS = 3;

    /** Plays one scenario: a fresh citizen, their turns in order. */
    public interface Player {
        /** Starts a citizen; returns a function from a message to the turn's result. */
        Function<String, JourneyTurn> start(JourneyScenario scenario);

        /** Erases the citizen afterwards. */
        void finish(JourneyScenario scenario);
    }

    /**
     * One scenario's outcome.
     *
     * @param turns scripted turns until the expectations were met (all of them when they were not)
     * @param turnMillis how long each scripted turn took
     * @param facts the facts read against the facts stated, null when the scenario states none
     * @param asked per scripted turn, the fact the reply asked for ("" when none)
     * @param askedMissing whether the last reply asked for a fact the scenario leaves out on purpose; null
     *                     when it leaves none out
     * @param passedWithAnswers whether the expectations were met once the citizen answered the questions
     * @param turnsWithAnswers turns needed then, answers included
     * @param answers the answers the citizen gave after the scripted turns
     */
    public record Outcome(String id, String name, String split, String language, boolean passed, int turns,
                          Map<String, String> eligibilityReached, Map<String, String> eligibilityExpected,
                          Set<String> toolsCalled, List<String> toolsExpected, String planReached, String planExpected,
                          long millis, List<Long> turnMillis, FactScore facts, List<String> asked, Boolean askedMissing,
                          boolean passedWithAnswers, int turnsWithAnswers, List<String> answers) {
    }

    /** The whole run: every scenario, then the figures of each split. */
    public record Report(String model, int scenarios, int passed, double passRate, double meanTurns,
                         List<JourneyFigures> splits, List<Outcome> results) {
    }

    private final Function<String, Set<String>> readByRule;

    /** @param readByRule the facts a benefit's rules read, by benefit id (facts scored beyond those stated) */
    public JourneyEvaluation(Function<String, Set<String>> readByRule) {
        this.readByRule = readByRule;
    }

    public Report run(List<JourneyScenario> scenarios, Player player, String model, Consumer<Outcome> progress) {
        List<Outcome> outcomes = new ArrayList<>();
        for (JourneyScenario scenario : scenarios) {
            Outcome outcome = play(scenario, player);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        int passed = (int) outcomes.stream().filter(Outcome::passed).count();
        double meanTurns = outcomes.stream().mapToInt(Outcome::turns).average().orElse(0);
        return new Report(model, outcomes.size(), passed, outcomes.isEmpty() ? 0 : (double) passed / outcomes.size(),
                meanTurns, JourneyFigures.perSplit(outcomes), outcomes);
    }

    private Outcome play(JourneyScenario scenario, Player player) {
        long start = System.currentTimeMillis();
        var say = player.start(scenario);
        Progress progress = new Progress();
        List<Long> turnMillis = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        Map<String, Object> held = Map.of();
        int reachedAt = scenario.turns().size();
        boolean reached = false;
        boolean passedWithAnswers;
        int turnsWithAnswers;
        try {
            JourneyTurn last = null;
            for (int i = 0; i < scenario.turns().size(); i++) {
                long turnStart = System.currentTimeMillis();
                last = say.apply(scenario.turns().get(i));
                turnMillis.add(System.currentTimeMillis() - turnStart);
                progress.add(last);
                asked.add(last.asked() == null ? "" : last.asked());
                if (!reached && progress.met(scenario)) {
                    reached = true;
                    reachedAt = i + 1;
                }
            }
            held = last == null || last.understood() == null ? Map.of() : last.understood();
            turnsWithAnswers = reachedAt;
            while (!progress.met(scenario) && answers.size() < MAX_ANSWERS && last != null) {
                Optional<String> answer = answer(scenario, last.asked());
                if (answer.isEmpty()) {
                    break;
                }
                answers.add(answer.get());
                last = say.apply(answer.get());
                progress.add(last);
                turnsWithAnswers = scenario.turns().size() + answers.size();
            }
            passedWithAnswers = progress.met(scenario);
        } finally {
            player.finish(scenario);
        }
        FactScore facts = scenario.declaresFacts() ? FactScore.of(scenario.facts(), held, readByCheckedRules(scenario)) : null;
        String lastAsked = asked.isEmpty() ? "" : asked.getLast();
        Boolean askedMissing = scenario.missing().isEmpty() ? null : scenario.missing().contains(lastAsked);
        return new Outcome(scenario.id(), scenario.name(), scenario.split(), scenario.language(), reached,
                reached ? reachedAt : scenario.turns().size(), Map.copyOf(progress.outcomes), scenario.eligibility(),
                progress.tools, scenario.tools(), progress.plan, scenario.plan(), System.currentTimeMillis() - start,
                List.copyOf(turnMillis), facts, List.copyOf(asked), askedMissing, passedWithAnswers,
                passedWithAnswers ? turnsWithAnswers : scenario.turns().size() + answers.size(), List.copyOf(answers));
    }

    /** The citizen's plain answer to the fact asked, from what the scenario states; empty when it states nothing. */
    private static Optional<String> answer(JourneyScenario scenario, String asked) {
        if (asked == null || !scenario.declaresFacts() || !scenario.facts().containsKey(asked)) {
            return Optional.empty();
        }
        return SimulatedAnswers.answer(asked, scenario.facts().get(asked), scenario.language());
    }

    private Set<String> readByCheckedRules(JourneyScenario scenario) {
        Set<String> facts = new LinkedHashSet<>();
        scenario.eligibility().keySet().forEach(benefit -> facts.addAll(readByRule.apply(benefit)));
        return facts;
    }

    /** What the journey reached so far in one scenario. */
    private static final class Progress {
        final Map<String, String> outcomes = new HashMap<>();
        final Set<String> tools = new LinkedHashSet<>();
        String plan;

        void add(JourneyTurn turn) {
            for (JourneyTurn.ToolCall call : turn.toolCalls()) {
                tools.add(call.tool());
                if (call.result() instanceof EligibilityResult result) {
                    outcomes.put(result.benefit(), result.outcome().wireName());
                }
                if (call.result() instanceof Plans.Plan p) {
                    plan = p.procedure().id();
                }
            }
        }

        boolean met(JourneyScenario scenario) {
            return JourneyEvaluation.met(scenario, outcomes, tools, plan);
        }
    }

    static boolean met(JourneyScenario scenario, Map<String, String> outcomes, Set<String> tools, String plan) {
        return scenario.eligibility().entrySet().stream().allMatch(e -> e.getValue().equals(outcomes.get(e.getKey())))
                && tools.containsAll(scenario.tools())
                && (scenario.plan() == null || scenario.plan().equals(plan));
    }
}
