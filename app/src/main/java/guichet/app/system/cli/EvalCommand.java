package guichet.app.system.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.AskProperties;
import guichet.app.ask.eval.AnswerCase;
import guichet.app.ask.eval.AnswerEvaluation;
import guichet.app.ask.eval.AnswerEvaluationReport;
import guichet.app.ask.eval.AnswerEvaluationTable;
import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.ask.translate.QuestionTranslator;
import guichet.knowledge.eval.EvaluationReport;
import guichet.knowledge.eval.RetrievalEvaluation;
import guichet.knowledge.search.QueryRewriter;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code guichet eval}: evaluations that print figures. */
@Component
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluations that print figures.",
        subcommands = {EvalCommand.Retrieval.class, EvalCommand.Answers.class,
                guichet.app.employment.eval.JourneysCommand.class,
                guichet.app.desk.eval.TriageEvalCommand.class,
                guichet.app.ask.safety.eval.SafetyEvalCommand.class})
class EvalCommand extends CommandGroup {

    /** {@code eval retrieval}. */
    @Component
    @Command(name = "retrieval", mixinStandardHelpOptions = true,
            description = {"Recall@1/5/10, MRR and nDCG@10 of bm25, dense and hybrid search on a question set, documents",
                    "ranked from their best passages; then recall@1/5/20 and MRR with 95%% bootstrap intervals by passage",
                    "and by document, per split and per wording, and the search times p50/p95.",
                    "Lines: {\"question\": \"...\", \"expected\": [document ids]}, optionally \"id\", \"wording\",",
                    "\"split\" (tune or validate)."})
    static class Retrieval implements Callable<Integer> {

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

        Retrieval(Runtimes runtimes, QuestionTranslator translator) {
            this.runtimes = runtimes;
            this.translator = translator;
        }

        @Override
        public Integer call() {
            requireFile(spec, qa);
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
            spec.commandLine().getOut().println(json ? report.toJson() : report.toTable());
            return 0;
        }
    }

    /** {@code eval answers}. */
    @Component
    @Command(name = "answers", mixinStandardHelpOptions = true,
            description = {"Ask each question through the answer pipeline with the relevance gate open, then score citations,",
                    "strict correctness, key facts, refusals and latency per split (tune, validate, all) with 95%% bootstrap",
                    "intervals, at the configured guichet.ask.min-relevance (simulated) and along a refusal curve on tune.",
                    "Lines: {\"question\", \"expected_paths\", \"key_facts\", \"answerable\", \"kind\"}, optionally \"id\",",
                    "\"language\", \"type\", \"wording\", \"split\" (tune or validate)."})
    static class Answers implements Callable<Integer> {

        private final Runtimes runtimes;
        private final AnswerPipeline pipeline;
        private final AskProperties properties;

        @Option(names = "--qa", required = true, paramLabel = "FILE", description = "JSONL question set.")
        Path qa;

        // An explicit default, as above.
        @Option(names = "--json", defaultValue = "false",
                description = "Print one JSON object (figures, refusal curve and every question).")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Answers(Runtimes runtimes, AnswerPipeline pipeline, AskProperties properties) {
            this.runtimes = runtimes;
            this.pipeline = pipeline;
            this.properties = properties;
        }

        @Override
        public Integer call() throws IOException {
            requireFile(spec, qa);
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

    private static void requireFile(picocli.CommandLine.Model.CommandSpec spec, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
    }
}
