package guichet.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Guichet's real main in a child JVM, as an operator would run the jar, and captures its output. */
public final class GuichetProcess {

    private final Path home;
    private final Path output;
    private Process process;

    public GuichetProcess(Path home) {
        this.home = home;
        this.output = home.resolve("console-" + System.nanoTime() + ".txt");
    }

    /** The finished run of a command. */
    public record Result(int exitCode, String output) {
    }

    /** Runs a command to completion. */
    public Result run(String... args) throws IOException, InterruptedException {
        start(args);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("guichet " + String.join(" ", args) + " did not finish in 3 minutes");
        }
        return new Result(process.exitValue(), output());
    }

    /** Starts a command and returns at once. */
    public Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xshare:auto",
                // C1 only: these runs are short, and most of their time is start-up (about 20% less CPU)
                "-XX:TieredStopAtLevel=1", "-XX:ErrorFile=" + home.resolve("hs_err_%p.log"), "-cp", System.getProperty("java.class.path")));
        // as the tests run: SmolLM2 serves unqualified unless a test says otherwise on the command line
        String unqualified = System.getProperty("guichet.models.allow-unqualified");
        if (unqualified != null) {
            command.add("-Dguichet.models.allow-unqualified=" + unqualified);
        }
        command.add(GuichetApplication.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("GUICHET_HOME", home.toString());
        process = builder.start();
        return process;
    }

    /** Everything the process printed so far. */
    public String output() throws IOException {
        StringBuilder text = new StringBuilder(Files.exists(output) ? Files.readString(output) : "");
        try (var crashes = Files.newDirectoryStream(home, "hs_err_*.log")) {
            for (Path crash : crashes) {
                text.append("\n--- JVM crash report ").append(crash.getFileName()).append(" ---\n")
                        .append(Files.readString(crash).lines().limit(40).collect(java.util.stream.Collectors.joining("\n")));
            }
        }
        return text.toString();
    }
}
