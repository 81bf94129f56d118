package guichet.app.system.cli;

import guichet.knowledge.IngestStoppedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

import java.util.OptionalInt;

/** Builds the picocli command line with Spring-created commands and Guichet's error handling. */
@Component
public class CommandLineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineFactory.class);

    private final CommandLine.IFactory factory;

    CommandLineFactory(CommandLine.IFactory factory) {
        this.factory = factory;
    }

    /** A fresh command line for {@code guichet}. */
    public CommandLine create() {
        CommandLine commandLine = new CommandLine(GuichetCommand.class, factory);
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
