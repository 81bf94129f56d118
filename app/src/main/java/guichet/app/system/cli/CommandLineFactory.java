package guichet.app.system.cli;

import guichet.knowledge.IngestStoppedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

import java.util.OptionalInt;

/**
 * Builds the picocli command line with Spring-created commands, the features' own ({@link FeatureCommand})
 * added under theirs, and Guichet's error handling.
 */
@Component
public class CommandLineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineFactory.class);

    private final CommandLine.IFactory factory;
    private final ObjectProvider<FeatureCommand> features;

    CommandLineFactory(CommandLine.IFactory factory, ObjectProvider<FeatureCommand> features) {
        this.factory = factory;
        this.features = features;
    }

    /** A fresh command line for {@code guichet}. */
    public CommandLine create() {
        CommandLine commandLine = new CommandLine(GuichetCommand.class, factory);
        // Before the settings below: picocli passes them on only to the subcommands it already has.
        features.orderedStream().forEach(command -> {
            CommandLine group = command.group().isEmpty() ? commandLine : commandLine.getSubcommands().get(command.group());
            if (group == null) {
                throw new IllegalStateException(command.getClass().getName() + " names no group of guichet: " + command.group());
            }
            group.addSubcommand(new CommandLine(command, factory));
        });
        // descriptions are written as lines of up to ~110 characters: at picocli's default 80 columns
        // each of them would wrap into a long and a short line
        commandLine.setUsageHelpWidth(120);
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> {
            LOG.debug("command failed", error);
            OptionalInt stopping = ShutdownSignals.stopping();
            if (stopping.isPresent()) {
                // The command failed because Guichet is closing under it: that is the news, not the failure.
                cmd.getErr().println("guichet: stopped" + (error instanceof IngestStoppedException stopped
                        ? "; " + stopped.kept().ingested() + " documents went in before the stop: run the same command "
                        + "again to finish" : ""));
                cmd.getErr().flush();
                return stopping.getAsInt();
            }
            cmd.getErr().println("guichet: " + CliErrors.describe(error));
            cmd.getErr().flush();
            return CliErrors.exitCode(error);
        });
        return commandLine;
    }
}
