package guichet.app.system.cli;

import guichet.inference.llamacpp.LlamaNativeOutput;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Spring in the shape a command needs: a web server for {@code serve}, a plain context for
 * the operator commands, which then run through picocli and end the process with their exit code.
 *
 * <p>Arguments of the form {@code --a.b=c} are Spring properties ({@code --server.port=9090},
 * {@code --guichet.home=/srv/guichet}); the rest belong to the command.
 */
public final class CommandLauncher {

    private CommandLauncher() {
    }

    public static void launch(Class<?> application, String[] args) {
        launch(application, args, List.of());
    }

    /**
     * Starts Guichet; a command in {@code throughServer} goes through the server that runs on the same home,
     * when there is one, instead of opening the database that server holds.
     */
    public static void launch(Class<?> application, String[] args, List<ThroughServer> throughServer) {
        // Before anything wraps stderr: native output must not land in Java's writers (ADR 5).
        if (!"inherit".equalsIgnoreCase(System.getenv("GUICHET_NATIVE_LOG"))) {
            LlamaNativeOutput.capture();
        }
        Arguments arguments = Arguments.split(args).qualifying();
        if (arguments.isServe()) {
            SpringApplication app = new SpringApplication(application);
            app.setWebApplicationType(WebApplicationType.SERVLET);
            // Failures are reported below in one line; Spring's own report would add a stack trace.
            app.setDefaultProperties(Map.of("guichet.command", "serve",
                    "logging.level.org.springframework.boot.SpringApplication", "OFF",
                    "logging.level.org.springframework.boot.web.servlet.context", "ERROR"));
            try {
                ShutdownSignals.install(app.run(arguments.springArgs()));
            } catch (RuntimeException e) {
                System.err.println("guichet: cannot start: " + CliErrors.describe(e));
                System.exit(CliErrors.exitCode(e));
            }
            return;
        }
        for (ThroughServer route : throughServer) {
            if (route.command().equals(arguments.commandName())) {
                Optional<OperatorClient> server = OperatorClient.find(arguments.home());
                if (server.isPresent()) {
                    System.exit(route.run(server.get(), Arrays.copyOfRange(arguments.commandArgs(), 1, arguments.commandArgs().length)));
                }
            }
        }
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of(
                "guichet.command", arguments.commandName(),
                "spring.main.banner-mode", "off",
                "spring.main.log-startup-info", "false",
                "logging.level.root", "WARN",
                "logging.level.guichet", "WARN",
                "spring.main.lazy-initialization", "true",
                "logging.level.org.springframework.boot.SpringApplication", "OFF",
                "logging.level.org.springframework.boot.diagnostics", "OFF"));
        int exitCode;
        try (ConfigurableApplicationContext context = app.run(arguments.springArgs())) {
            ShutdownSignals.install(context);
            CommandLine commandLine = context.getBean(CommandLineFactory.class).create();
            exitCode = commandLine.execute(arguments.commandArgs());
        } catch (RuntimeException e) {
            // Spring could not start (bad setting): say why in one line, no stack trace.
            System.err.println("guichet: " + CliErrors.describe(e));
            exitCode = CliErrors.exitCode(e);
        }
        if (ShutdownSignals.stopping().isPresent()) {
            ShutdownSignals.awaitExit();
        }
        // The native engine leaves an attached thread behind; end the JVM explicitly (ADR 0003).
        System.exit(exitCode);
    }

    /** The command line split into Spring properties and command arguments. */
    record Arguments(String[] springArgs, String[] commandArgs) {

        static Arguments split(String[] args) {
            List<String> spring = new ArrayList<>();
            List<String> command = new ArrayList<>();
            for (String arg : args) {
                if (isSpringProperty(arg)) {
                    spring.add(arg);
                } else {
                    command.add(arg);
                }
            }
            return new Arguments(spring.toArray(String[]::new), command.toArray(String[]::new));
        }

        private static boolean isSpringProperty(String arg) {
            int equals = arg.indexOf('=');
            return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).contains(".");
        }

        boolean isServe() {
            if (commandArgs.length == 0) {
                return true;
            }
            boolean help = List.of(commandArgs).contains("--help") || List.of(commandArgs).contains("-h");
            return commandArgs[0].equals("serve") && commandArgs.length == 1 && !help;
        }

        /** The home as Spring will read it: the argument, the system property, GUICHET_HOME, or {@code data}. */
        Path home() {
            String home = null;
            for (String arg : springArgs) {
                if (arg.startsWith("--guichet.home=")) {
                    home = arg.substring("--guichet.home=".length());
                }
            }
            if (home == null || home.isBlank()) {
                home = System.getProperty("guichet.home");
            }
            if (home == null || home.isBlank()) {
                home = System.getenv("GUICHET_HOME");
            }
            return Path.of(home == null || home.isBlank() ? "data" : home).toAbsolutePath().normalize();
        }

        /**
         * {@code models qualify ID} runs model ID: the chat model is a setting of the whole process, read as Spring
         * starts, so the id becomes {@code --guichet.models.chat} unless that is given too.
         */
        Arguments qualifying() {
            boolean qualify = commandArgs.length >= 3 && commandArgs[0].equals("models") && commandArgs[1].equals("qualify")
                    && !commandArgs[2].startsWith("-");
            if (!qualify || Arrays.stream(springArgs).anyMatch(arg -> arg.startsWith("--guichet.models.chat="))) {
                return this;
            }
            String[] spring = Arrays.copyOf(springArgs, springArgs.length + 1);
            spring[springArgs.length] = "--guichet.models.chat=" + commandArgs[2];
            return new Arguments(spring, commandArgs);
        }

        String commandName() {
            return commandArgs.length == 0 ? "serve" : commandArgs[0];
        }
    }
}
