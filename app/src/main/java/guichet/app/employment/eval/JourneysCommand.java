package guichet.app.employment.eval;

import guichet.app.system.evaluations.EvaluationRecords;

import guichet.app.system.cli.FeatureCommand;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.store.ConversationStore;
import guichet.app.employment.account.CitizenRecords;
import guichet.app.employment.agent.JourneyAgent;
import guichet.app.employment.agent.JourneyTurn;
import guichet.app.employment.eligibility.EligibilityEngine;
import guichet.app.employment.situation.Fact;
import guichet.app.employment.memory.CitizenMemory;
import guichet.app.system.engine.InferenceRuntime;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code guichet eval journeys --scenarios FILE [--json]}: scripted citizens through the employment journey. */
@Component
@Command(name = "journeys", mixinStandardHelpOptions = true,
        description = {"Play scripted citizens through the employment journey and report, per scenario, whether the",
                "expected eligibility outcomes, tools and plan were reached and in how many turns, and which facts",
                "were read; then per split (tune, validate, all) the pass rate, fact precision and recall with 95%%",
                "bootstrap intervals, the latency of a turn, and the turns needed when the agent asks.",
                "FILE: a JSON array of {name, language, turns[], eligibility{benefit: outcome}, tools[], plan}, with",
                "optionally id, split, facts{name: value}, missing[], voice."})
public class JourneysCommand implements Callable<Integer>, FeatureCommand {

    @Override
    public String group() {
        return EVAL;
    }

    private final EvaluationRecords evaluations;
    private final JourneyAgent agent;
    private final ConversationStore conversations;
    private final CitizenMemory memory;
    private final CitizenRecords records;
    private final InferenceRuntime inference;
    private final EligibilityEngine engine;

    @Option(names = "--scenarios", required = true, paramLabel = "FILE", description = "JSON scenarios file.")
    Path scenarios;

    // Explicit defaults: the command object is a Spring singleton, and picocli would otherwise take the value a
    // previous run in the same process left in the field as the default.
    @Option(names = "--json", defaultValue = "false",
            description = "Print one JSON object: scenarios, passed, pass_rate, mean_turns, splits, results.")
    boolean json;

    @Option(names = "--split", defaultValue = "", paramLabel = "NAME",
            description = "Play only the scenarios of this split (tune, validate); all by default.")
    String split;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    JourneysCommand(JourneyAgent agent, ConversationStore conversations, CitizenMemory memory, CitizenRecords records,
                    InferenceRuntime inference, EligibilityEngine engine, EvaluationRecords evaluations) {
        this.evaluations = evaluations;
        this.agent = agent;
        this.conversations = conversations;
        this.memory = memory;
        this.records = records;
        this.inference = inference;
        this.engine = engine;
    }

    public static List<JourneyScenario> read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), new TypeReference<>() { });
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(scenarios)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + scenarios);
        }
        List<JourneyScenario> all = read(scenarios).stream()
                .filter(s -> split.isBlank() || split.equals(s.split())).toList();
        if (all.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no scenario in " + scenarios
                    + (split.isBlank() ? "" : " has split " + split));
        }
        inference.start(guichet.models.ProgressListener.NONE);
        String model = inference.chat().info().id();
        PrintWriter out = spec.commandLine().getOut();
        JourneyEvaluation evaluation = new JourneyEvaluation(benefit -> engine.rules().find(benefit)
                .map(rule -> rule.facts().stream().map(Fact::key).collect(Collectors.toSet())).orElse(Set.of()));
        JourneyEvaluation.Report report = evaluation.run(all, new InProcess(), model, outcome -> {
            if (!json) {
                out.println(line(outcome));
                out.flush();
            }
        });
        evaluations.save("journeys", scenarios, split, report);
        if (json) {
            ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                    .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);
            out.println(mapper.writeValueAsString(report));
        } else {
            out.printf("%nmodel %s: %d of %d scenarios passed (%.3f), mean turns %.2f%n", report.model(), report.passed(),
                    report.scenarios(), report.passRate(), report.meanTurns());
            for (JourneyFigures figures : report.splits()) {
                out.printf("%n%s (%d scenarios)%n", figures.split(), figures.scenarios());
                out.printf("  pass rate                %s%n", figures.passRate().text());
                out.printf("  fact precision           %s%n", figures.factPrecision().text());
                out.printf("  fact recall              %s%n", figures.factRecall().text());
                out.printf("  mean turns               %.2f%n", figures.meanTurns());
                out.printf("  turn latency p50 / p95   %d / %d ms%n", figures.turnLatencyP50(), figures.turnLatencyP95());
                out.printf("  asked for what is left out  %s%n", figures.askedMissing().text());
                out.printf("  with the citizen's answers  %s, mean turns %.2f, %d answers%n",
                        figures.passRateWithAnswers().text(), figures.meanTurnsWithAnswers(), figures.answers());
            }
            out.println("(intervals: 95% percentile bootstrap over scenarios, " + guichet.knowledge.eval.Bootstrap.STANDARD.resamples()
                    + " resamples)");
        }
        return 0;
    }

    /** One scenario's line: outcome, turns, time, name, then the facts read wrong or not read. */
    static String line(JourneyEvaluation.Outcome outcome) {
        StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT, "%-6s %d turns %6d ms  %s%s",
                outcome.passed() ? "passed" : "FAILED", outcome.turns(), outcome.millis(),
                outcome.id() == null ? "" : outcome.id() + " ", outcome.name()));
        if (!outcome.passed()) {
            line.append("\n         reached ").append(outcome.eligibilityReached()).append(", expected ")
                    .append(outcome.eligibilityExpected());
        }
        if (outcome.facts() != null && !outcome.facts().wrong().isEmpty()) {
            line.append("\n         wrong: ").append(String.join(", ", outcome.facts().wrong()));
        }
        if (outcome.facts() != null && !outcome.facts().missed().isEmpty()) {
            line.append("\n         not read: ").append(String.join(", ", outcome.facts().missed()));
        }
        if (!outcome.answers().isEmpty()) {
            line.append("\n         answered ").append(outcome.answers()).append(outcome.passedWithAnswers()
                    ? ", then passed in " + outcome.turnsWithAnswers() + " turns" : ", still not met");
        }
        return line.toString();
    }

    /** Each scenario a fresh citizen who agreed to be remembered, erased afterwards. */
    private final class InProcess implements JourneyEvaluation.Player {
        private String owner;

        @Override
        public Function<String, JourneyTurn> start(JourneyScenario scenario) {
            owner = "eval:" + UUID.randomUUID();
            memory.setRemember(owner, true);
            String conversation = conversations.create(owner, scenario.language()).id();
            String who = owner;
            return message -> agent.turn(who, conversation, message, scenario.language());
        }

        @Override
        public void finish(JourneyScenario scenario) {
            records.erase(List.of(owner));
        }
    }
}
