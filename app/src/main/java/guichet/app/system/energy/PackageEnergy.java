package guichet.app.system.energy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CPU packages' energy counters (Intel and AMD RAPL through the kernel's powercap interface), when the machine
 * exposes them to this user: since 2020 most kernels make them readable by root only, and VMs rarely have them.
 */
final class PackageEnergy {

    /** Top-level zones are packages; {@code intel-rapl:0:0} and the like are parts of them. */
    private static final Pattern PACKAGE = Pattern.compile("(intel|amd)-rapl:\\d+");

    private final List<Path> zones;
    private final long[] ranges;

    private PackageEnergy(List<Path> zones, long[] ranges) {
        this.zones = zones;
        this.ranges = ranges;
    }

    /** The readable package counters under {@code powercap}, or none. */
    static Optional<PackageEnergy> find(Path powercap) {
        if (!Files.isDirectory(powercap)) {
            return Optional.empty();
        }
        List<Path> zones = new ArrayList<>();
        try (Stream<Path> entries = Files.list(powercap)) {
            for (Path zone : entries.filter(p -> PACKAGE.matcher(p.getFileName().toString()).matches()).sorted().toList()) {
                if (Files.isReadable(zone.resolve("energy_uj")) && read(zone.resolve("energy_uj")) >= 0) {
                    zones.add(zone);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (zones.isEmpty()) {
            return Optional.empty();
        }
        long[] ranges = new long[zones.size()];
        for (int i = 0; i < zones.size(); i++) {
            ranges[i] = Math.max(0, read(zones.get(i).resolve("max_energy_range_uj")));
        }
        return Optional.of(new PackageEnergy(zones, ranges));
    }

    /** Each package's counter now, in microjoules; -1 where one could not be read. */
    long[] read() {
        long[] values = new long[zones.size()];
        for (int i = 0; i < zones.size(); i++) {
            values[i] = read(zones.get(i).resolve("energy_uj"));
        }
        return values;
    }

    /** Joules used between two readings, counters that wrapped included; empty when a reading failed. */
    Optional<Double> joules(long[] before, long[] after) {
        double microjoules = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] < 0 || after[i] < 0) {
                return Optional.empty();
            }
            long delta = after[i] - before[i];
            microjoules += delta >= 0 ? delta : delta + ranges[i];
        }
        return Optional.of(microjoules / 1e6);
    }

    private static long read(Path counter) {
        try {
            return Long.parseLong(Files.readString(counter).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
