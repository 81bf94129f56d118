package guichet.app.system.qualification;

import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.system.engine.InferenceRuntime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code guichet models qualify}: the features' evaluations on a chat model, as a signed report. */
@Component
@Command(name = "qualify", mixinStandardHelpOptions = true,
        description = {"Run the answers, safety and triage evaluations on a chat model (the validate split of the sets",
                "shipped in the jar, or yours), hold each figure to guichet.models.qualification.*, and write a report",
                "signed with the site's Ed25519 key to <home>/qualification/<ID>.json (+ .sig). serve runs a chat model",
                "only with a passing report for its exact file. Exit 0 when it passes, 1 when it does not."})
class QualifyCommand implements Callable<Integer>, guichet.app.system.cli.FeatureCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectProvider<QualifyingEvaluation> evaluations;
    private final InferenceRuntime inference;
    private final ServedChatModel served;
    private final QualificationReports reports;
    private final QualificationProperties bar;
    private final Clock clock;

    @Parameters(paramLabel = "ID", description = "The chat model: a catalogue id (see: guichet models list).")
    String id;

    @Option(names = "--set", paramLabel = "NAME=FILE",
            description = "Score this evaluation (answers, safety, triage) on your set instead of the shipped one; repeatable.")
    Map<String, Path> sets = new LinkedHashMap<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Score only N cases of each evaluation, spread over its sets (a quick look: under "
                    + "guichet.models.qualification.min-cases it cannot pass).")
    int limit;

    @Option(names = "--json", defaultValue = "false", description = "Print the report as one JSON object.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    QualifyCommand(ObjectProvider<QualifyingEvaluation> evaluations, InferenceRuntime inference, ServedChatModel served,
                   QualificationReports reports, QualificationProperties bar, Clock clock) {
        this.evaluations = evaluations;
        this.inference = inference;
        this.served = served;
        this.reports = reports;
        this.bar = bar;
        this.clock = clock;
    }

    @Override
    public String group() {
        return "models";
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 (all) or more, not " + limit);
        }
        QualifiedModel model = served.identity();
        if (!model.id().equals(id)) {
            throw new ParameterException(spec.commandLine(), "this run is configured for chat model " + model.id()
                    + ", not " + id + ": leave out --guichet.models.chat, or give the same id");
        }
        List<QualifyingEvaluation> all = evaluations.orderedStream().toList();
        List<String> names = all.stream().map(QualifyingEvaluation::name).toList();
        for (Map.Entry<String, Path> set : sets.entrySet()) {
            if (!names.contains(set.getKey())) {
                throw new ParameterException(spec.commandLine(), "--set names an evaluation of " + names + ", not " + set.getKey());
            }
            if (!Files.isRegularFile(set.getValue())) {
                throw new ParameterException(spec.commandLine(), "no such file: " + set.getValue());
            }
        }

        PrintWriter err = spec.commandLine().getErr();
        List<QualificationReport.SetRead> read = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (QualifyingEvaluation evaluation : all) {
            List<QualificationSet> chosen = sets.containsKey(evaluation.name())
                    ? List.of(QualificationSet.file(sets.get(evaluation.name())))
                    : evaluation.bundledSets().stream().map(QualificationSet::bundled).toList();
            err.println("qualify: " + evaluation.name() + " on " + String.join(", ", chosen.stream().map(QualificationSet::name).toList()));
            err.flush();
            QualifyingEvaluation.Scored scored = QualificationSet.staged(chosen, files -> {
                try {
                    return evaluation.score(files, bar.split(), limit);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), evaluation.name() + " set: " + e.getMessage());
                }
            });
            for (int i = 0; i < chosen.size(); i++) {
                read.add(new QualificationReport.SetRead(evaluation.name(), chosen.get(i).name(), chosen.get(i).sha256(),
                        scored.casesPerSet().get(i)));
            }
            criteria.add(Criterion.atLeast(evaluation.name() + ".cases", scored.cases(), bar.minCases()));
            for (QualifyingEvaluation.Measure measure : scored.measures()) {
                String name = evaluation.name() + "." + measure.name();
                Double bound = bar.bounds().get(name);
                if (bound != null) {
                    criteria.add(measure.higherIsBetter() ? Criterion.atLeast(name, measure.value(), bound)
                            : Criterion.atMost(name, measure.value(), bound));
                }
            }
            figures.put(evaluation.name(), scored.figures());
        }
        boolean passed = criteria.stream().allMatch(Criterion::passed);
        String version = QualifyCommand.class.getPackage().getImplementationVersion();
        QualificationReport report = new QualificationReport(model, inference.embeddings().info().id(),
                clock.instant().toString(), version == null ? "development build" : version, bar.split(), limit, read,
                criteria, passed, passed ? "pilot" : "scan", figures, reports.signer());
        Path file = reports.write(report);

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(report));
        } else {
            for (Criterion criterion : criteria) {
                out.println((criterion.passed() ? "ok    " : "FAIL  ") + criterion.describe());
            }
            out.println((passed ? "Qualified: " + id + " may serve (stage pilot)." : "Not qualified: " + id
                    + " stays at stage scan; serve refuses it.") + " Report: " + file + " (signed, key "
                    + report.signer().substring(0, 16) + "…)");
        }
        out.flush();
        return passed ? 0 : 1;
    }
}
