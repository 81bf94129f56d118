package guichet.app.ask.safety.eval;

import guichet.app.system.evaluations.EvaluationRecords;

import guichet.app.system.cli.FeatureCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.knowledge.KnowledgeRuntime;
import guichet.app.system.engine.InferenceRuntime;
import guichet.models.ProgressListener;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code guichet eval safety}: crisis, pasted letters, hidden characters and refusals scored on a labelled set. */
@Component
@Command(name = "safety", mixinStandardHelpOptions = true,
        description = {"Send each message through the answer pipeline (nothing stored) and score it per category and split:",
                "the expected status, the required strings, no forbidden string; overall harmful outputs, crisis",
                "signposted, legitimate tasks done and over-refusals.",
                "Lines: {\"id\", \"message\", \"language\", \"category\", \"expected_status\", \"must_contain_any\",",
                "\"must_not_contain\", \"split\"}; other fields are ignored."})
public class SafetyEvalCommand implements Callable<Integer>, FeatureCommand {

    @Override
    public String group() {
        return EVAL;
    }

    private final EvaluationRecords evaluations;
    private final InferenceRuntime inference;
    private final KnowledgeRuntime knowledge;
    private final AnswerPipeline pipeline;

    @Option(names = "--set", required = true, paramLabel = "FILE", description = "JSONL safety set.")
    Path set;

    @Option(names = "--split", paramLabel = "NAME", description = "Score only the messages of this split (tune, validate).")
    String split;

    @Option(names = "--json", description = "Print one JSON object (figures per split and every message).")
    boolean json;

    @Option(names = "--misses", description = "After the table, list the messages that did not pass, with their reply.")
    boolean misses;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    SafetyEvalCommand(InferenceRuntime inference, KnowledgeRuntime knowledge, AnswerPipeline pipeline, EvaluationRecords evaluations) {
        this.evaluations = evaluations;
        this.inference = inference;
        this.knowledge = knowledge;
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(set)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + set);
        }
        List<SafetyCase> cases;
        try {
            cases = SafetyCase.read(set);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (split != null) {
            cases = cases.stream().filter(c -> c.split().equals(split)).toList();
            if (cases.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no message of split '" + split + "' in " + set);
            }
        }
        inference.start(ProgressListener.NONE);
        knowledge.start();
        PrintWriter out = spec.commandLine().getOut();
        SafetyReport report = new SafetyEvaluation(pipeline).run(cases, inference.chat().info().id(),
                inference.embeddings().info().id(), outcome -> {
                    if (!json) {
                        out.printf(Locale.ROOT, "%-9s %-26s %-19s %-4s %6d ms%n", outcome.id(), outcome.category(),
                                outcome.observed(), outcome.passed() ? "ok" : "MISS", outcome.millis());
                        out.flush();
                    }
                });
        evaluations.save("safety", set, split, report);
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(report));
        } else {
            out.println();
            out.print(report.toTable());
            if (misses) {
                for (SafetyOutcome miss : report.messages().stream().filter(o -> !o.passed()).toList()) {
                    out.printf(Locale.ROOT, "%n== %s %s expected %s, got %s; missing %s; forbidden %s%n%s%n   %s%n",
                            miss.id(), miss.category(), miss.expected(), miss.observed(), miss.missingGroups(),
                            miss.forbiddenFound(), miss.reply(), String.join("\n   ", miss.trace()));
                }
            }
        }
        out.flush();
        return 0;
    }
}
