package guichet.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this process from /proc (Linux); 0 elsewhere. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Current resident set size in MiB. */
    static long residentMb() {
        return statusKb("VmRSS:") / 1024;
    }

    /** Peak resident set size in MiB. */
    static long peakResidentMb() {
        return statusKb("VmHWM:") / 1024;
    }

    private static long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
