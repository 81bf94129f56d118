package guichet.app.transparency;

import guichet.app.system.cli.CommandGroup;
import guichet.app.system.cli.FeatureCommand;
import guichet.app.system.evaluations.EvaluationRun;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code guichet transparency record}: the transparency record, generated from what this Guichet runs. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "transparency", mixinStandardHelpOptions = true,
        description = "The transparency record (in the shape of the UK's ATRS) of this Guichet: also at /transparency.",
        subcommands = TransparencyCommand.Record.class)
public class TransparencyCommand extends CommandGroup implements FeatureCommand {

    /** {@code transparency record}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "record", mixinStandardHelpOptions = true,
            description = {"Print the record from the live configuration: owner, purpose, models with checksums and",
                    "licences, guidance and its licences, where people decide, the last evaluation runs, limits."})
    static class Record implements Callable<Integer> {

        private final TransparencyRecords records;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Record(TransparencyRecords records) {
            this.records = records;
        }

        @Override
        public Integer call() {
            TransparencyRecord record = records.current();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(TransparencyJson.of(record));
                return 0;
            }
            out.printf("%s %s — transparency record, %s%n", record.name(), record.version(), record.generatedAt());
            out.printf("Organisation: %s%nContact: %s%nPhase: %s%nPurpose: %s%nAI disclosure: %s%n", record.organisation(),
                    record.contact(), record.phase(), record.purpose(), record.aiDisclosure());
            out.println("Models:");
            for (TransparencyRecord.Model model : record.models()) {
                out.printf("  %-9s %s (%s, %s), licence %s, %s, SHA-256 %s; runs %s%n", model.role(), model.id(), model.name(),
                        model.publisher(), model.licence(), model.parameters() > 0
                                ? String.format("%.2f B parameters", model.parameters() / 1e9) : "parameters not stated",
                        model.sha256().isBlank() ? "not pinned" : model.sha256(), model.runsOn());
            }
            out.println("Guidance:");
            record.sources().forEach(source -> out.printf("  %-16s %s%s%n", source.collection(), source.licence(),
                    source.documents() >= 0 ? ", " + source.documents() + " documents" : ""));
            out.println("Where people decide:");
            record.humanDecisions().forEach(line -> out.println("  - " + line));
            out.println("Evaluations (last runs):");
            if (record.evaluations().isEmpty()) {
                out.println("  none run on this installation yet (guichet eval ...)");
            }
            for (EvaluationRun run : record.evaluations()) {
                out.printf("  %-10s %s on %s%s: %s%n", run.name(), run.ranAt(), run.set(),
                        run.split().isBlank() ? "" : " (" + run.split() + ")", run.figures().entrySet().stream()
                                .filter(e -> e.getValue() instanceof Number).limit(8)
                                .map(e -> e.getKey() + " " + e.getValue()).toList());
            }
            out.println("Known limits:");
            record.limits().forEach(line -> out.println("  - " + line));
            out.println("Complaints: " + record.complaints());
            out.println("Data protection:");
            record.dataProtection().forEach(line -> out.println("  - " + line));
            return 0;
        }
    }
}
