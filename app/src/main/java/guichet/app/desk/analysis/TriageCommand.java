package guichet.app.desk.analysis;

import guichet.app.system.cli.CommandGroup;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.desk.store.CaseStore;
import guichet.app.desk.store.CorrectedCase;
import guichet.app.desk.store.TriageModelStore;
import guichet.app.system.engine.InferenceRuntime;
import guichet.models.ProgressListener;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code guichet triage}: the desk's classifier. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "triage", mixinStandardHelpOptions = true, description = "The correspondence desk's triage classifier.",
        subcommands = {TriageCommand.Train.class})
public class TriageCommand extends CommandGroup {

    /** {@code triage train}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Retrain the classifier on the built-in examples and every case an officer labelled",
                    "(the officer's labels win), and make it the active one. Labels set from then on record its",
                    "version; labels already set keep the version that set them."})
    static class Train implements Callable<Integer> {

        private final InferenceRuntime inference;
        private final Triage triage;
        private final CaseStore cases;
        private final TriageModelStore models;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Train(InferenceRuntime inference, Triage triage, CaseStore cases, TriageModelStore models) {
            this.inference = inference;
            this.triage = triage;
            this.cases = cases;
            this.models = models;
        }

        @Override
        public Integer call() throws IOException {
            inference.start(ProgressListener.NONE);
            String previous = models.activeVersion().orElse(null);
            List<CorrectedCase> corrections = cases.correctedCases();
            long start = System.nanoTime();
            TriageModel model = triage.train(corrections);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("version", model.version());
            report.put("previous_version", previous);
            report.put("examples", model.examples().size());
            report.put("corrections", model.corrections());
            report.put("corrected_urgency", corrections.stream().filter(CorrectedCase::correctedUrgency).count());
            report.put("corrected_category", corrections.stream().filter(CorrectedCase::correctedCategory).count());
            report.put("embedder", model.embedder());
            report.put("seconds", (System.nanoTime() - start) / 1e9);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(report));
            } else {
                out.printf("classifier %s is active (was %s): %d examples, %d of them officers' corrections "
                                + "(%d urgency, %d category)%n", model.version(), previous == null ? "none" : previous,
                        model.examples().size(), model.corrections(), report.get("corrected_urgency"),
                        report.get("corrected_category"));
            }
            out.flush();
            return 0;
        }
    }
}
