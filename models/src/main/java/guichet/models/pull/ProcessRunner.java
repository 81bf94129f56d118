package guichet.models.pull;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external program with a time limit, its output forwarded to the log at debug level. */
final class ProcessRunner {

    private static final Logger log = LoggerFactory.getLogger(ProcessRunner.class);
    private static final int TAIL_LINES = 12;

    /** The program could not be started at all (not found, not executable). */
    static final class NotStartedException extends IOException {
        NotStartedException(String message, IOException cause) {
            super(message, cause);
        }
    }

    /**
     * How a run ended.
     *
     * @param exitCode the exit status
     * @param tail the last lines of its output, for error messages
     */
    record Result(int exitCode, String tail) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private ProcessRunner() {
    }

    static Result run(List<String> command, Duration timeout) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            throw new NotStartedException(command.getFirst() + " cannot be started (" + e.getMessage() + ")", e);
        }
        String name = command.size() > 1 ? command.get(1) : command.getFirst();
        Deque<String> tail = new ArrayDeque<>();
        Thread reader = Thread.ofVirtual().start(() -> forward(process, name, tail));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + timeout.toMinutes() + " min");
            }
            reader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running " + name);
        }
        synchronized (tail) {
            return new Result(process.exitValue(), String.join(" | ", tail));
        }
    }

    private static void forward(Process process, String name, Deque<String> tail) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                log.debug("[{}] {}", name, line);
                synchronized (tail) {
                    tail.addLast(line.strip());
                    if (tail.size() > TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            log.debug("Reading the output of {} stopped: {}", name, e.getMessage());
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
