package guichet.app.system.cli;

import picocli.CommandLine.Command;

/**
 * Documents {@code serve}. The server itself is started by {@link CommandLauncher} before picocli
 * runs, so this only answers {@code --help} and rejects unknown options.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the Guichet server (the default command).",
                "Gets the configured models if they are missing (guichet.models.auto-pull), loads them and",
                "serves HTTP on port 8080; readiness is reported on GET /actuator/health.",
                "",
                "Settings, given as --name=value:",
                "  --server.port=PORT            HTTP port (default 8080)",
                "  --guichet.home=DIR            data directory (default ./data, or $GUICHET_HOME)",
                "  --guichet.models.chat=ID      chat model from the catalogue (see: guichet models list)",
                "  --guichet.models.auto-pull=false   never download; air-gapped sites import instead",
                "  --guichet.inference.threads=N, --guichet.inference.slots=N, --guichet.inference.gpu-layers=N"})
public class ServeCommand implements Runnable {

    @Override
    public void run() {
        // Reached only when serve is combined with arguments the launcher did not take as settings.
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "serve takes settings only, as --name=value");
    }
}
