package guichet.app.qualification;

import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.eval.AnswerCase;
import guichet.app.ask.eval.AnswerEvaluation;
import guichet.app.ask.eval.AnswerEvaluationReport;
import guichet.app.ask.eval.Figure;
import guichet.app.ask.eval.Measure;
import guichet.app.ask.eval.SplitFigures;
import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.ask.safety.eval.SafetyCase;
import guichet.app.ask.safety.eval.SafetyEvaluation;
import guichet.app.ask.safety.eval.SafetyReport;
import guichet.app.ask.settings.AskProperties;
import guichet.app.desk.eval.TriageCase;
import guichet.app.desk.eval.TriageEvaluator;
import guichet.app.desk.eval.TriageFigures;
import guichet.app.desk.eval.TriageReport;
import guichet.app.knowledge.Runtimes;
import guichet.app.system.cli.FeatureCommand;
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
import java.util.function.Function;

/** {@code guichet models qualify}: the answers, safety and triage evaluations on a chat model, as a signed report. */
@Component
@Command(name = "qualify", mixinStandardHelpOptions = true,
        description = {"Run the answers, safety and triage evaluations on a chat model (the validate split of the sets",
                "shipped in the jar, or yours), hold each figure to guichet.models.qualification.*, and write a report",
                "signed with the site's Ed25519 key to <home>/qualification/<ID>.json (+ .sig). serve runs a chat model",
                "only with a passing report for its exact file. Exit 0 when it passes, 1 when it does not."})
class QualifyCommand implements Callable<Integer>, FeatureCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Runtimes runtimes;
    private final AnswerPipeline pipeline;
    private final AskProperties ask;
    private final TriageEvaluator triage;
    private final ServedChatModel served;
    private final QualificationReports reports;
    private final QualificationProperties bar;
    private final Clock clock;

    @Parameters(paramLabel = "ID", description = "The chat model: a catalogue id (see: guichet models list).")
    String id;

    @Option(names = "--answers", paramLabel = "FILE", description = "Question sets (eval answers format) instead of the shipped ones.")
    List<Path> answers = new ArrayList<>();

    @Option(names = "--safety", paramLabel = "FILE", description = "A safety set (eval safety format) instead of the shipped one.")
    Path safety;

    @Option(names = "--triage", paramLabel = "FILE", description = "A labelled mail set (eval triage format) instead of the shipped one.")
    Path triageSet;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Score only N cases of each evaluation, spread over the set (a quick look: under "
                    + "guichet.models.qualification.min-cases it cannot pass).")
    int limit;

    @Option(names = "--json", defaultValue = "false", description = "Print the report as one JSON object.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    QualifyCommand(Runtimes runtimes, AnswerPipeline pipeline, AskProperties ask, TriageEvaluator triage,
                   ServedChatModel served, QualificationReports reports, QualificationProperties bar, Clock clock) {
        this.runtimes = runtimes;
        this.pipeline = pipeline;
        this.ask = ask;
        this.triage = triage;
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
        List<QualificationReport.SetRead> read = new ArrayList<>();
        List<AnswerCase> questions = new ArrayList<>();
        for (QualificationSet set : answers.isEmpty() ? QualificationSet.BUNDLED_ANSWERS.stream().map(QualificationSet::bundled).toList()
                : answers.stream().map(this::file).toList()) {
            List<AnswerCase> cases = cases(set, AnswerCase::read, AnswerCase::split);
            questions.addAll(cases);
            read.add(new QualificationReport.SetRead("answers", set.name(), set.sha256(), cases.size()));
        }
        questions = sample(questions);
        QualificationSet safetySet = safety == null ? QualificationSet.bundled(QualificationSet.BUNDLED_SAFETY) : file(safety);
        List<SafetyCase> messages = cases(safetySet, SafetyCase::read, SafetyCase::split);
        read.add(new QualificationReport.SetRead("safety", safetySet.name(), safetySet.sha256(), messages.size()));
        messages = sample(messages);
        QualificationSet triageSource = triageSet == null ? QualificationSet.bundled(QualificationSet.BUNDLED_TRIAGE) : file(triageSet);
        List<TriageCase> letters = cases(triageSource, TriageCase::read, TriageCase::split);
        read.add(new QualificationReport.SetRead("triage", triageSource.name(), triageSource.sha256(), letters.size()));
        letters = sample(letters);

        PrintWriter err = spec.commandLine().getErr();
        runtimes.knowledge();
        var inference = runtimes.inference();
        String chat = inference.chat().info().id();
        String embedder = inference.embeddings().info().id();
        progress(err, "answers", questions.size());
        AnswerEvaluationReport answered = new AnswerEvaluation(pipeline, ask.minRelevance()).run(questions, chat, embedder, o -> { });
        progress(err, "safety", messages.size());
        SafetyReport safe = new SafetyEvaluation(pipeline).run(messages, chat, embedder, o -> { });
        progress(err, "triage", letters.size());
        TriageReport triaged = triage.evaluate(letters, o -> { });

        SplitFigures all = answered.splits().stream().filter(s -> s.split().equals(SplitFigures.ALL)).findFirst().orElseThrow();
        TriageFigures mail = triaged.group(TriageFigures.ALL, TriageFigures.ALL);
        List<Criterion> criteria = List.of(
                Criterion.atLeast("answers.questions", questions.size(), bar.minCases()),
                Criterion.atLeast("answers.citation_hit_rate", rate(all.figure(Measure.CITATION_HIT)), bar.minCitationHitRate()),
                Criterion.atLeast("answers.strict_correctness", rate(all.figure(Measure.STRICT_CORRECT)), bar.minStrictCorrectness()),
                Criterion.atLeast("answers.correct_refusals", rate(all.figure(Measure.CORRECT_REFUSALS)), bar.minCorrectRefusals()),
                Criterion.atLeast("safety.messages", messages.size(), bar.minCases()),
                Criterion.atMost("safety.harmful_outputs", safe.all().harmfulOutputs(), bar.maxHarmfulOutputs()),
                Criterion.atLeast("safety.crisis_signposted", safe.all().crisisSignposted().messages() == 0 ? 0
                        : safe.all().crisisSignposted().rate(), bar.minCrisisSignposted()),
                Criterion.atLeast("triage.messages", letters.size(), bar.minCases()),
                Criterion.atLeast("triage.urgency_recall", mail.urgencyRecall().rate() == null ? 0
                        : mail.urgencyRecall().rate(), bar.minUrgencyRecall()));
        boolean passed = criteria.stream().allMatch(Criterion::passed);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("answers", withoutRows(all));
        figures.put("safety", withoutRows(safe.all()));
        figures.put("triage", withoutRows(mail));
        String version = QualifyCommand.class.getPackage().getImplementationVersion();
        QualificationReport report = new QualificationReport(model, embedder, clock.instant().toString(),
                version == null ? "development build" : version, bar.split(), limit, read, criteria, passed,
                passed ? "pilot" : "scan", figures, reports.signer());
        Path file = reports.write(report);

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(report));
        } else {
            for (Criterion criterion : criteria) {
                out.println((criterion.passed() ? "ok    " : "FAIL  ") + criterion.describe());
            }
            out.println((passed ? "Qualified: " + id + " may serve (stage pilot)." : "Not qualified: " + id
                    + " stays at stage scan; serve refuses it.") + " Report: " + file + " (signed, key " + report.signer()
                    .substring(0, 16) + "…)");
        }
        out.flush();
        return passed ? 0 : 1;
    }

    private QualificationSet file(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + path);
        }
        return QualificationSet.file(path);
    }

    private <T> List<T> cases(QualificationSet set, Function<Path, List<T>> reader, Function<T, String> split) {
        try {
            return set.read(reader).stream().filter(c -> split.apply(c).equals(bar.split())).toList();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), set.name() + ": " + e.getMessage());
        }
    }

    /** {@code limit} cases spread evenly over {@code cases} (both languages, every kind), or all of them. */
    private <T> List<T> sample(List<T> cases) {
        if (limit == 0 || cases.size() <= limit) {
            return cases;
        }
        List<T> sample = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            sample.add(cases.get((int) ((long) i * cases.size() / limit)));
        }
        return sample;
    }

    private static double rate(Figure figure) {
        return figure.rate() == null ? 0 : figure.rate();
    }

    private static Object withoutRows(Object figures) {
        return JSON.convertValue(figures, Map.class);
    }

    private static void progress(PrintWriter err, String evaluation, int cases) {
        err.println("qualify: " + evaluation + ", " + cases + " cases");
        err.flush();
    }
}
