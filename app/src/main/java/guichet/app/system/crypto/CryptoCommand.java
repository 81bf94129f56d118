package guichet.app.system.crypto;

import guichet.app.system.cli.CommandGroup;
import guichet.app.system.cli.ExitCode;
import guichet.app.system.cli.FeatureCommand;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.concurrent.Callable;

/** {@code guichet crypto}: the keys that seal citizens' data (ADR 38). */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "crypto", mixinStandardHelpOptions = true,
        description = "The keys that seal citizens' data at rest: one per citizen, wrapped by a master key.",
        subcommands = CryptoCommand.RotateMasterKey.class)
public class CryptoCommand extends CommandGroup implements FeatureCommand {

    /** {@code crypto rotate-master-key}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "rotate-master-key", mixinStandardHelpOptions = true,
            description = {"Make a new master key and wrap every citizen's key with it, in one transaction; the old key",
                    "file is replaced only once all are wrapped again. Run it with the server stopped."})
    static class RotateMasterKey implements Callable<Integer> {

        private final CitizenKeys keys;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        RotateMasterKey(CitizenKeys keys) {
            this.keys = keys;
        }

        @Override
        public Integer call() throws IOException {
            if (keys.masterFromEnvironment()) {
                spec.commandLine().getErr().println("guichet: the master key comes from GUICHET_MASTER_KEY: rotate it where "
                        + "that variable is set (a key file is rotated by this command)");
                return ExitCode.SETTINGS.code();
            }
            int rewrapped = keys.rotateMaster(MasterKey.random());
            spec.commandLine().getOut().println("Rotated the master key: " + rewrapped + " citizen keys wrapped with the new one.");
            return ExitCode.OK.code();
        }
    }
}
