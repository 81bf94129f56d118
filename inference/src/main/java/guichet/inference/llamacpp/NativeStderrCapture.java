package guichet.inference.llamacpp;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Routes what native code writes to the process's stderr (llama.cpp's console log) into a pipe
 * read by a Java thread, which hands each line on. Java's own {@code System.err} keeps writing to
 * the original stderr. Linux only; elsewhere native output stays on the console.
 */
final class NativeStderrCapture {

    private static final Logger LOG = LoggerFactory.getLogger(NativeStderrCapture.class);
    private static boolean installed;

    private NativeStderrCapture() {
    }

    /** Minimal libc surface for fd plumbing. */
    private interface LibC extends Library {
        int pipe(int[] fds);

        int dup(int fd);

        int dup2(int from, int to);

        int close(int fd);
    }

    /** Installs the capture once per process; later calls do nothing. Returns whether it is active. */
    static synchronized boolean install(Consumer<String> lines) {
        if (installed) {
            return true;
        }
        if (!Platform.isLinux()) {
            return false;
        }
        try {
            LibC libc = Native.load("c", LibC.class);
            int[] fds = new int[2];
            if (libc.pipe(fds) != 0) {
                return false;
            }
            int originalErr = libc.dup(2);
            System.err.flush();
            if (originalErr < 0 || libc.dup2(fds[1], 2) < 0) {
                return false;
            }
            libc.close(fds[1]);
            System.setErr(new PrintStream(new FileOutputStream("/proc/self/fd/" + originalErr), true,
                    StandardCharsets.UTF_8));
            FileInputStream pipe = new FileInputStream("/proc/self/fd/" + fds[0]);
            Thread reader = new Thread(() -> pump(pipe, lines), "llama.cpp-log");
            reader.setDaemon(true);
            reader.start();
            installed = true;
            return true;
        } catch (IOException | UnsatisfiedLinkError | RuntimeException e) {
            LOG.warn("llama.cpp output stays on the console: cannot capture it ({})", e.toString());
            return false;
        }
    }

    private static void pump(FileInputStream pipe, Consumer<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                try {
                    lines.accept(line);
                } catch (RuntimeException e) {
                    // A consumer failure must never stall the pipe: native writers would block on it.
                    LOG.debug("dropping a llama.cpp log line: {}", e.toString());
                }
            }
        } catch (IOException e) {
            LOG.debug("llama.cpp log pipe closed: {}", e.toString());
        }
    }
}
