package guichet.inference.llamacpp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console redirected to one file ({@code > log 2>&1}, as an operator or a test captures a command) keeps every
 * line of stdout and stderr, in order, once native stderr is captured: Java's stderr must write through the same
 * open file, not a second one that starts at offset 0 and overwrites what stdout wrote.
 */
class NativeStderrCaptureTest {

    /** The child process: alternates stdout and stderr after the capture is installed. */
    public static void main(String[] args) {
        LlamaNativeOutput.capture();
        for (int i = 1; i <= 3; i++) {
            System.out.println("out line " + i);
            System.out.flush();
            System.err.println("err line " + i);
            System.err.flush();
        }
    }

    @Test
    void stdoutAndStderrRedirectedToOneFileKeepEveryLineInOrder(@TempDir Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("console.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                NativeStderrCaptureTest.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readAllLines(log).stream().filter(l -> l.contains(" line ")).toList()).containsExactly(
                "out line 1", "err line 1", "out line 2", "err line 2", "out line 3", "err line 3");
        assertThat(List.of(child.exitValue())).containsExactly(0);
    }
}
