package guichet.app.ask.eval;

import guichet.app.system.evaluations.EvaluationRecords;

import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.settings.AskProperties;
import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.knowledge.Runtimes;
import guichet.app.system.cli.CommandFiles;
import guichet.app.system.cli.FeatureCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code guichet eval answers}: the answer pipeline scored on a question set. */
@Component
@Command(name = "answers", mixinStandardHelpOptions = true,
        description = {"Ask each question through the answer pipeline with the relevance gate open, then score citations,",
                "strict correctness, key facts, refusals and latency per split (tune, validate, all) with 95%% bootstrap",
                "intervals, at the configured guichet.ask.min-relevance (simulated) and along a refusal curve on tune.",
                "Lines: {\"question\", \"expected_paths\", \"key_facts\", \"answerable\", \"kind\"}, optionally \"id\",",
                "\"language\", \"type\", \"wording\", \"split\" (tune or validate)."})
class AnswersEvalCommand implements Callable<Integer>, FeatureCommand {

    private final EvaluationRecords evaluations;
    private final Runtimes runtimes;
    private final AnswerPipeline pipeline;
    private final AskProperties properties;

    @Option(names = "--qa", required = true, paramLabel = "FILE", description = "JSONL question set.")
    Path qa;

    // An explicit default: the command object is a Spring singleton, and picocli would otherwise take the
    // value a previous run in the same process left in the field as the default.
    @Option(names = "--json", defaultValue = "false",
            description = "Print one JSON object (figures, refusal curve and every question).")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    AnswersEvalCommand(Runtimes runtimes, AnswerPipeline pipeline, AskProperties properties, EvaluationRecords evaluations) {
        this.evaluations = evaluations;
        this.runtimes = runtimes;
        this.pipeline = pipeline;
        this.properties = properties;
    }

    @Override
    public String group() {
        return EVAL;
    }

    @Override
    public Integer call() throws IOException {
        CommandFiles.requireFile(spec, qa);
        List<AnswerCase> cases;
        try {
            cases = AnswerCase.read(qa);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        runtimes.knowledge();
        var inference = runtimes.inference();
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.printf("%d questions, asked with the relevance gate open (status and relevance as asked)%n",
                    cases.size());
        }
        AnswerEvaluationReport report = new AnswerEvaluation(pipeline, properties.minRelevance()).run(cases,
                inference.chat().info().id(), inference.embeddings().info().id(), outcome -> {
                    if (!json) {
                        out.printf(Locale.ROOT, "%-12s %-18s %-5s %-8s rel=%-5s hit=%-5s facts=%d/%d %5d ms  %s%n",
                                abbreviate(outcome.id(), 12), outcome.status(), outcome.language(),
                                outcome.split().isEmpty() ? "-" : outcome.split(),
                                outcome.relevance() == null ? "-" : String.format(Locale.ROOT, "%.3f", outcome.relevance()),
                                outcome.citationHit(), outcome.keyFactsFound().size(), outcome.keyFactCount(),
                                outcome.latencyMillis(), abbreviate(outcome.question(), 70));
                        out.flush();
                    }
                });
        evaluations.save("answers", qa, null, report);
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(report));
        } else {
            out.println();
            out.print(AnswerEvaluationTable.of(report));
            out.flush();
        }
        return 0;
    }

    /** One line of at most {@code length} characters: a pasted letter's line breaks would break the listing. */
    private static String abbreviate(String text, int length) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > length ? line.substring(0, length - 3) + "..." : line;
    }
}
