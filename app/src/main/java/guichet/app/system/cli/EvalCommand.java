package guichet.app.system.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.eval.AnswerCase;
import guichet.app.ask.eval.AnswerEvaluation;
import guichet.app.ask.eval.AnswerEvaluationReport;
import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.knowledge.eval.EvaluationReport;
import guichet.knowledge.eval.RetrievalEvaluation;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            description = {"Recall@1/5/10, MRR and nDCG@10 of bm25, dense and hybrid search on a question set.",
                    "Lines: {\"question\": \"...\", \"expected\": [document ids]}."})
    static class Retrieval implements Callable<Integer> {

        private final Runtimes runtimes;

        @Option(names = "--qa", required = true, paramLabel = "FILE", description = "JSONL question set.")
        Path qa;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Retrieval(Runtimes runtimes) {
            this.runtimes = runtimes;
        }

        @Override
        public Integer call() {
            requireFile(spec, qa);
            EvaluationReport report = RetrievalEvaluation.evaluate(runtimes.knowledge().index(), qa);
            spec.commandLine().getOut().println(json ? report.toJson() : report.toTable());
            return 0;
        }
    }

    /** {@code eval answers}. */
    @Component
    @Command(name = "answers", mixinStandardHelpOptions = true,
            description = {"Ask each question through the answer pipeline and score citations, key facts,",
                    "refusals and latency. Lines: {\"question\", \"expected_paths\", \"key_facts\", \"answerable\"}."})
    static class Answers implements Callable<Integer> {

        private final Runtimes runtimes;
        private final AnswerPipeline pipeline;

        @Option(names = "--qa", required = true, paramLabel = "FILE", description = "JSONL question set.")
        Path qa;

        @Option(names = "--json", description = "Print one JSON object (totals and every question).")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Answers(Runtimes runtimes, AnswerPipeline pipeline) {
            this.runtimes = runtimes;
            this.pipeline = pipeline;
        }

        @Override
        public Integer call() throws IOException {
            requireFile(spec, qa);
            ObjectMapper mapper = new ObjectMapper();
            List<AnswerCase> cases = new ArrayList<>();
            for (String line : Files.readAllLines(qa)) {
                if (!line.isBlank()) {
                    cases.add(mapper.readValue(line, AnswerCase.class));
                }
            }
            runtimes.knowledge();
            var inference = runtimes.inference();
            PrintWriter out = spec.commandLine().getOut();
            AnswerEvaluationReport report = new AnswerEvaluation(pipeline).run(cases, inference.chat().info().id(),
                    inference.embeddings().info().id(), outcome -> {
                        if (!json) {
                            out.printf("%-18s %-6s hit=%-5s facts=%d/%d %5d ms  %s%n", outcome.status(), outcome.kind(),
                                    outcome.citationHit(), outcome.keyFactsFound().size(),
                                    outcome.keyFactsFound().size() + outcome.keyFactsMissing().size(),
                                    outcome.latencyMillis(), abbreviate(outcome.question()));
                            out.flush();
                        }
                    });
            if (json) {
                out.println(mapper.writeValueAsString(report));
            } else {
                out.printf("%nmodel %s, embeddings %s%ncitation hit rate %.3f, key-fact coverage %.3f, refusal "
                                + "correctness %.3f, answered %.3f, latency p50 %d ms, p95 %d ms%nstatuses %s%n",
                        report.model(), report.embeddingModel(), report.citationHitRate(), report.keyFactCoverage(),
                        report.refusalCorrectness(), report.answeredRate(), report.latencyP50(), report.latencyP95(),
                        report.statuses());
            }
            return 0;
        }

        private static String abbreviate(String question) {
            return question.length() > 70 ? question.substring(0, 67) + "..." : question;
        }
    }

    private static void requireFile(picocli.CommandLine.Model.CommandSpec spec, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
    }
}
