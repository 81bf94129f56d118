package guichet.app.desk.intake;

import guichet.app.system.cli.FeatureCommand;
import guichet.app.system.cli.CommandGroup;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.knowledge.KnowledgeRuntime;
import guichet.app.system.engine.InferenceRuntime;
import guichet.models.ProgressListener;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code guichet mail}: bring citizens' mail into the correspondence desk. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "mail", mixinStandardHelpOptions = true, description = "Bring citizens' mail into the correspondence desk.",
        subcommands = {MailCommand.Import.class})
public class MailCommand extends CommandGroup implements FeatureCommand {

    /** {@code mail import}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import .eml files, mbox files or a folder of them as cases, and analyse them.",
                    "A message already held (same Message-ID or same content) is not imported twice; an unreadable",
                    "one is reported with the reason and the others go on. Exit code 0 even if some were rejected."})
    static class Import implements Callable<Integer> {

        private final Intake intake;
        private final InferenceRuntime inference;
        private final KnowledgeRuntime knowledge;

        @Parameters(paramLabel = "PATH", description = ".eml or .mbox file, or a folder of them.")
        Path path;

        @Option(names = "--no-analysis", description = "Store the cases only; the server analyses them when it runs.")
        boolean noAnalysis;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Import(Intake intake, InferenceRuntime inference, KnowledgeRuntime knowledge) {
            this.intake = intake;
            this.inference = inference;
            this.knowledge = knowledge;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.exists(path)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + path);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (!noAnalysis) {
                try {
                    inference.start(ProgressListener.NONE);
                    knowledge.start();
                } catch (RuntimeException e) {
                    spec.commandLine().getErr().println("guichet: the models or the guidance are not available ("
                            + e.getMessage() + "): cases are stored and will be analysed by the server");
                }
            }
            List<IntakeResult> results = new ArrayList<>();
            for (Path file : MailboxFiles.files(path)) {
                try {
                    MailboxFiles.read(file, message -> {
                        IntakeResult result = intake.acceptRaw(message.raw(), "file", message.origin(), !noAnalysis);
                        results.add(result);
                        if (!json) {
                            out.printf("%-9s %-36s %s%s%n", result.outcome().id(), result.caseId() == null ? "-" : result.caseId(),
                                    result.origin(), result.reason().isEmpty() ? "" : "  (" + result.reason() + ")");
                            out.flush();
                        }
                    });
                } catch (IOException e) {
                    results.add(IntakeResult.rejected("cannot read the file: " + e.getMessage(), file.toString()));
                }
            }
            Map<IntakeResult.Outcome, Integer> counts = new EnumMap<>(IntakeResult.Outcome.class);
            results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
            if (json) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("created", counts.getOrDefault(IntakeResult.Outcome.CREATED, 0));
                report.put("duplicates", counts.getOrDefault(IntakeResult.Outcome.DUPLICATE, 0));
                report.put("rejected", counts.getOrDefault(IntakeResult.Outcome.REJECTED, 0));
                report.put("messages", results);
                out.println(new ObjectMapper().writeValueAsString(report));
            } else {
                out.printf("%d created, %d duplicates, %d rejected%n", counts.getOrDefault(IntakeResult.Outcome.CREATED, 0),
                        counts.getOrDefault(IntakeResult.Outcome.DUPLICATE, 0),
                        counts.getOrDefault(IntakeResult.Outcome.REJECTED, 0));
            }
            out.flush();
            return 0;
        }
    }
}
