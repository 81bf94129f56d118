package guichet.app.system.energy;

import java.util.Locale;

/**
 * The energy one answer used on this host.
 *
 * @param cpuSeconds the process's CPU time attributed to it (shared equally with the answers running at the same time)
 * @param wattHours its energy
 * @param source {@code rapl} (the CPU packages' energy counters, in the process's share of the busy CPU time) or
 *               {@code configured} (CPU time × {@code guichet.energy.watts-per-core})
 */
public record EnergyUse(double cpuSeconds, double wattHours, String source) {

    /** The line kept in the answer's trace. */
    public String describe() {
        return String.format(Locale.ROOT, "%.6f Wh, %.3f CPU-s, %s", wattHours, cpuSeconds,
                source.equals("rapl") ? "measured by RAPL" : "CPU time × configured watts per core");
    }
}
