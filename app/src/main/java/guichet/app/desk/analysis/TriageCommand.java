package guichet.app.desk.analysis;

import guichet.app.system.cli.FeatureCommand;
import guichet.app.system.cli.CommandGroup;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.desk.store.CaseStore;
import guichet.app.desk.store.CorrectedCase;
import guichet.app.system.engine.InferenceRuntime;
import guichet.models.ProgressListener;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code guichet triage}: the desk's classifier. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "triage", mixinStandardHelpOptions = true, description = "The correspondence desk's triage classifier.",
        subcommands = {TriageCommand.Train.class})
public class TriageCommand extends CommandGroup implements FeatureCommand {

    /** {@code triage train}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Retrain the classifier on the built-in examples and the cases officers labelled (the officer's",
                    "labels win), holding out one labelled case in five (always the same ones) and the messages of",
                    "--holdout. Both the running classifier and the new one triage the held-out messages; the new one",
                    "becomes active only if it finds at least as many urgent ones and files at least as many in the",
                    "right category, else it is kept inactive. Labels set from then on record the active version."})
    static class Train implements Callable<Integer> {

        private final InferenceRuntime inference;
        private final TriageRetraining retraining;
        private final CaseStore cases;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Option(names = "--holdout", paramLabel = "FILE",
                description = "A labelled JSONL set (the format of eval triage) to hold out as well.")
        Path holdout;

        @Option(names = "--split", paramLabel = "SPLIT", description = "Only the messages of this split of --holdout.")
        String split;

        @Option(names = "--force", description = "Activate the new classifier whatever the held-out figures say.")
        boolean force;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Train(InferenceRuntime inference, TriageRetraining retraining, CaseStore cases) {
            this.inference = inference;
            this.retraining = retraining;
            this.cases = cases;
        }

        @Override
        public Integer call() throws IOException {
            List<LabelledMessage> set = List.of();
            if (holdout != null) {
                if (!Files.isRegularFile(holdout)) {
                    throw new ParameterException(spec.commandLine(), "no such file: " + holdout);
                }
                try {
                    set = LabelledMessage.read(holdout, split);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            inference.start(ProgressListener.NONE);
            List<CorrectedCase> corrections = cases.correctedCases();
            long start = System.nanoTime();
            TriageRetraining.Outcome outcome = retraining.retrain(corrections, set, force);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("version", outcome.candidate());
            report.put("previous_version", outcome.previous());
            report.put("activated", outcome.activated());
            report.put("why", outcome.why());
            report.put("examples", outcome.examples());
            report.put("corrections_trained", outcome.trainedCorrections());
            report.put("held_out", outcome.heldOut());
            report.put("previous_scores", outcome.previousScores());
            report.put("candidate_scores", outcome.candidateScores());
            report.put("corrected_urgency", corrections.stream().filter(CorrectedCase::correctedUrgency).count());
            report.put("corrected_category", corrections.stream().filter(CorrectedCase::correctedCategory).count());
            report.put("seconds", (System.nanoTime() - start) / 1e9);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(report));
            } else {
                out.printf(Locale.ROOT, "classifier %s is %s (running: %s): %d examples, %d of them officers' corrections; "
                                + "%s%n", outcome.candidate(), outcome.activated() ? "active" : "kept inactive",
                        outcome.previous(), outcome.examples(), outcome.trainedCorrections(), outcome.why());
                out.printf(Locale.ROOT, "held out %d: running urgency recall %.3f precision %.3f category %.3f; "
                                + "new %.3f %.3f %.3f%n", outcome.heldOut(), outcome.previousScores().urgencyRecall(),
                        outcome.previousScores().urgencyPrecision(), outcome.previousScores().categoryAccuracy(),
                        outcome.candidateScores().urgencyRecall(), outcome.candidateScores().urgencyPrecision(),
                        outcome.candidateScores().categoryAccuracy());
            }
            out.flush();
            return 0;
        }
    }
}
