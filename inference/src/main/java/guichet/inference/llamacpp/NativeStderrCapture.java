package guichet.inference.llamacpp;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Routes what native code writes to the process's stderr (llama.cpp's console log) into a pipe
 * read by a Java thread, which hands each line on. Java's own {@code System.err} keeps writing to
 * the original stderr. Linux only; elsewhere native output stays on the console.
 */
final class NativeStderrCapture {

    private static final Logger LOG = LoggerFactory.getLogger(NativeStderrCapture.class);
    private static final int EINTR = 4;
    private static boolean installed;

    private NativeStderrCapture() {
    }

    /** Minimal libc surface for fd plumbing. */
    private interface LibC extends Library {
        int pipe(int[] fds);

        int dup(int fd);

        int dup2(int from, int to);

        int close(int fd);

        int write(int fd, byte[] buffer, int count);
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
            // Written through the duplicated descriptor itself: reopening /proc/self/fd/N would open the file
            // anew, at offset 0, and a console redirected to a file (> log 2>&1) would have stderr overwrite stdout.
            System.setErr(new PrintStream(new DescriptorOutputStream(libc, originalErr), true, StandardCharsets.UTF_8));
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

    /** Writes to a file descriptor with write(2), sharing its file offset with every other copy of it. */
    private static final class DescriptorOutputStream extends OutputStream {
        private final LibC libc;
        private final int fd;

        DescriptorOutputStream(LibC libc, int fd) {
            this.libc = libc;
            this.fd = fd;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            byte[] rest = offset == 0 && length == bytes.length ? bytes : Arrays.copyOfRange(bytes, offset, offset + length);
            while (rest.length > 0) {
                int written = libc.write(fd, rest, rest.length);
                if (written < 0) {
                    int errno = Native.getLastError();
                    if (errno == EINTR) {
                        continue;
                    }
                    throw new IOException("cannot write to the console (errno " + errno + ")");
                }
                rest = Arrays.copyOfRange(rest, written, rest.length);
            }
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
