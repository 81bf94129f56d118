package guichet.app.system.cli;

import picocli.CommandLine.Command;

/**
 * The top-level command; {@code serve} runs when no subcommand is given. The features add theirs
 * ({@link FeatureCommand}).
 */
@Command(name = "guichet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Guichet: a sovereign, self-hosted AI assistant for public services.",
                "Spring settings are given as --name=value (e.g. --server.port=9090, --guichet.home=/srv/guichet)."},
        subcommands = {ServeCommand.class, ModelsCommand.class, EvalCommand.class})
public class GuichetCommand extends CommandGroup {
}
