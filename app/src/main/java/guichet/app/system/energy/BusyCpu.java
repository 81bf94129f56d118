package guichet.app.system.energy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The whole machine's busy CPU time, from {@code /proc/stat}, to know this process's share of what RAPL measured. */
final class BusyCpu {

    /** The kernel reports {@code /proc/stat} in USER_HZ, 100 per second on every Linux architecture Guichet runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path STAT = Path.of("/proc/stat");

    private BusyCpu() {
    }

    /** Nanoseconds every CPU spent busy since boot (user, nice, system, irq, softirq, steal), or -1. */
    static long nanos() {
        try (var lines = Files.lines(STAT)) {
            String[] fields = lines.findFirst().orElse("").trim().split("\\s+");
            if (fields.length < 9 || !fields[0].equals("cpu")) {
                return -1;
            }
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(fields[field]);
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException | NumberFormatException | java.io.UncheckedIOException e) {
            return -1;
        }
    }
}
