package guichet.app.desk.eval;

import guichet.app.system.evaluations.EvaluationRecords;

import guichet.app.system.cli.FeatureCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code guichet eval triage}: the desk's urgency and category decisions scored on a labelled set. */
@Component
@Command(name = "triage", mixinStandardHelpOptions = true,
        description = {"Urgency recall and precision, category accuracy (primary, and primary or secondary) with 95%%",
                "bootstrap intervals, the confusion matrix, the misses with their reasons and the time per message",
                "p50/p95 of the desk's triage (the active classifier, as cases get it) on a labelled set, per split",
                "(tune, validate, all) and per language.",
                "Lines: {\"subject\", \"body\", \"urgency\": \"urgent|general\", \"category\"} and optionally \"id\",",
                "\"received\" (ISO instant), \"secondary_category\", \"language\", \"split\" (tune|validate), \"reason\"."})
public class TriageEvalCommand implements java.util.concurrent.Callable<Integer>, FeatureCommand {

    @Override
    public String group() {
        return EVAL;
    }

    private final EvaluationRecords evaluations;
    private final TriageEvaluator evaluator;

    @Option(names = "--set", required = true, paramLabel = "FILE", description = "JSONL set of labelled messages.")
    Path set;

    @Option(names = "--json", description = "Print one JSON object (figures, confusion matrix and every message).")
    boolean json;

    @Option(names = "--misses", description = "List the messages it got wrong, with triage's reasons and the set's note.")
    boolean misses;

    @Option(names = "--split", paramLabel = "SPLIT",
            description = "Triage only the messages of this split (tune or validate): keep validate unread while tuning.")
    String split;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    TriageEvalCommand(TriageEvaluator evaluator, EvaluationRecords evaluations) {
        this.evaluations = evaluations;
        this.evaluator = evaluator;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(set)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + set);
        }
        List<TriageCase> cases;
        try {
            cases = TriageCase.read(set);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (split != null) {
            if (!TriageCase.SPLITS.contains(split)) {
                throw new ParameterException(spec.commandLine(), "--split must be one of " + TriageCase.SPLITS);
            }
            cases = cases.stream().filter(c -> c.split().equals(split)).toList();
        }
        for (TriageCase labelled : cases) {
            if (!List.of("urgent", "general").contains(labelled.urgency()) || !evaluator.categories().contains(labelled.category())) {
                throw new ParameterException(spec.commandLine(), labelled.id() + ": urgency must be urgent or general and "
                        + "category one of " + evaluator.categories() + " (got " + labelled.urgency() + ", " + labelled.category() + ")");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        TriageReport report = evaluator.evaluate(cases, outcome -> {
                    if (!json) {
                        out.printf(Locale.ROOT, "%-14s %-7s %-26s %5d ms%n", outcome.id(),
                                outcome.urgencyRight() ? "ok" : outcome.urgency(),
                                outcome.categoryRight() ? "ok" : outcome.category(), outcome.millis());
                        out.flush();
                    }
                });
        evaluations.save("triage", set, split, report);
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(report));
        } else {
            out.println();
            out.print(report.toTable(misses));
        }
        out.flush();
        return 0;
    }
}
