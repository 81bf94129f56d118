package guichet.app.ask.eval;

import guichet.app.system.evaluations.EvaluationRecords;

import guichet.app.ask.translate.QuestionTranslator;
import guichet.app.knowledge.Runtimes;
import guichet.app.system.cli.CommandFiles;
import guichet.app.system.cli.FeatureCommand;
import guichet.knowledge.eval.EvaluationReport;
import guichet.knowledge.eval.RetrievalEvaluation;
import guichet.knowledge.search.QueryRewriter;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code guichet eval retrieval}: how well search finds the expected pages. */
@Component
@Command(name = "retrieval", mixinStandardHelpOptions = true,
        description = {"Recall@1/5/10, MRR and nDCG@10 of bm25, dense and hybrid search on a question set, documents",
                "ranked from their best passages; then recall@1/5/20 and MRR with 95%% bootstrap intervals by passage",
                "and by document, per split and per wording, and the search times p50/p95.",
                "Lines: {\"question\": \"...\", \"expected\": [document ids]}, optionally \"id\", \"wording\",",
                "\"split\" (tune or validate)."})
class RetrievalEvalCommand implements Callable<Integer>, FeatureCommand {

    private final EvaluationRecords evaluations;
    private final Runtimes runtimes;

    @Option(names = "--qa", required = true, paramLabel = "FILE", description = "JSONL question set.")
    Path qa;

    // An explicit default: the command object is a Spring singleton, and picocli would otherwise take the
    // value a previous run in the same process left in the field as the default.
    @Option(names = "--json", defaultValue = "false", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--translate", defaultValue = "false",
            description = "Also search each question translated into the other language by the chat model (as the "
                    + "answer pipeline does with a model of guichet.ask.reader-min-parameters or more).")
    boolean translate;

    @Option(names = "--split", defaultValue = "all", paramLabel = "SPLIT",
            description = "Only the questions of this split: tune, validate or all (default: ${DEFAULT-VALUE}).")
    String split;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final QuestionTranslator translator;

    RetrievalEvalCommand(Runtimes runtimes, QuestionTranslator translator, EvaluationRecords evaluations) {
        this.evaluations = evaluations;
        this.runtimes = runtimes;
        this.translator = translator;
    }

    @Override
    public String group() {
        return EVAL;
    }

    @Override
    public Integer call() throws java.io.IOException {
        CommandFiles.requireFile(spec, qa);
        var index = runtimes.knowledge().index();
        if (translate && !translator.enabled()) {
            spec.commandLine().getErr().println("--translate needs a chat model of guichet.ask.reader-min-parameters "
                    + "or more (set guichet.models.chat) and guichet.ask.translate-questions=true");
            return 2;
        }
        if (!split.equals("all") && !RetrievalEvaluation.SPLITS.contains(split)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--split must be tune, validate or all, not " + split);
        }
        List<RetrievalEvaluation.Question> questions = RetrievalEvaluation.readQuestions(qa).stream()
                .filter(q -> split.equals("all") || split.equals(q.split())).toList();
        if (questions.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "no question of " + qa + " is in the " + split + " split");
        }
        EvaluationReport report = RetrievalEvaluation.evaluate(index, questions,
                translate ? translator : QueryRewriter.NONE);
        evaluations.save("retrieval", qa, split,
                com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(report.toJson()));
        spec.commandLine().getOut().println(json ? report.toJson() : report.toTable());
        return 0;
    }
}
