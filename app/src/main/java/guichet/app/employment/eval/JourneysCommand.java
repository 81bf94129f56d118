package guichet.app.employment.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.store.ConversationStore;
import guichet.app.employment.account.CitizenRecords;
import guichet.app.employment.agent.JourneyAgent;
import guichet.app.employment.agent.JourneyTurn;
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
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code guichet eval journeys --scenarios FILE [--json]}: scripted citizens through the employment journey. */
@Component
@Command(name = "journeys", mixinStandardHelpOptions = true,
        description = {"Play scripted citizens through the employment journey and report, per scenario, whether the",
                "expected eligibility outcomes, tools and plan were reached and in how many turns.",
                "FILE: a JSON array of {name, language, turns[], eligibility{benefit: outcome}, tools[], plan}."})
public class JourneysCommand implements Callable<Integer> {

    private final JourneyAgent agent;
    private final ConversationStore conversations;
    private final CitizenMemory memory;
    private final CitizenRecords records;
    private final InferenceRuntime inference;

    @Option(names = "--scenarios", required = true, paramLabel = "FILE", description = "JSON scenarios file.")
    Path scenarios;

    @Option(names = "--json", description = "Print one JSON object: scenarios, passed, pass_rate, mean_turns, results.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    JourneysCommand(JourneyAgent agent, ConversationStore conversations, CitizenMemory memory, CitizenRecords records,
                    InferenceRuntime inference) {
        this.agent = agent;
        this.conversations = conversations;
        this.memory = memory;
        this.records = records;
        this.inference = inference;
    }

    public static List<JourneyScenario> read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), new TypeReference<>() { });
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(scenarios)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + scenarios);
        }
        List<JourneyScenario> all = read(scenarios);
        inference.start(guichet.models.ProgressListener.NONE);
        String model = inference.chat().info().id();
        PrintWriter out = spec.commandLine().getOut();
        JourneyEvaluation.Report report = new JourneyEvaluation().run(all, new InProcess(), model, outcome -> {
            if (!json) {
                out.printf("%-6s %d turns %6d ms  %s%n", outcome.passed() ? "passed" : "FAILED", outcome.turns(),
                        outcome.millis(), outcome.name());
                out.flush();
            }
        });
        if (json) {
            ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                    .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);
            out.println(mapper.writeValueAsString(report));
        } else {
            out.printf("%nmodel %s: %d of %d scenarios passed (%.3f), mean turns %.2f%n", report.model(), report.passed(),
                    report.scenarios(), report.passRate(), report.meanTurns());
        }
        return 0;
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
