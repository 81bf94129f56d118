package guichet.app.system.energy;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures the energy of each answer on this host: the process's CPU time over the answer (the llama.cpp and ONNX
 * threads included), shared equally among the answers running at each moment, times the power of a busy core —
 * read from the packages' RAPL counters where the machine exposes them, else {@code guichet.energy.watts-per-core}.
 * A remote inference pool's energy is not seen here.
 */
@Component
public class EnergyMeter {

    /** The trace entry that carries an answer's energy. */
    public static final String TRACE_STAGE = "energy";

    private final EnergyProperties properties;
    private final Optional<PackageEnergy> packages;
    private final ObjectProvider<MeterRegistry> registry;
    private final com.sun.management.OperatingSystemMXBean os;
    private final DoubleAdder totalWattHours = new DoubleAdder();
    private final LongAdder answers = new LongAdder();

    // ∫ 1/n(t) dt over the time some answer runs: an answer's share of what the process did meanwhile
    private long lastNanos = System.nanoTime();
    private int running;
    private double shareNanos;

    EnergyMeter(EnergyProperties properties, ObjectProvider<MeterRegistry> registry) {
        this.properties = properties;
        this.packages = PackageEnergy.find(properties.powercap());
        this.registry = registry;
        this.os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    }

    /** Where an answer started. */
    public record Start(long nanos, double share, long processCpu, long busyCpu, long[] packages) {
    }

    /** Marks the start of an answer. */
    public Start start() {
        long[] energy = packages.map(PackageEnergy::read).orElse(null);
        long busy = packages.isPresent() ? BusyCpu.nanos() : -1;
        long cpu = os.getProcessCpuTime();
        synchronized (this) {
            long now = advance();
            running++;
            return new Start(now, shareNanos, cpu, busy, energy);
        }
    }

    /** Ends the answer begun at {@code start}: its energy, also added to the metrics and the totals. */
    public EnergyUse stop(Start start) {
        long now;
        double share;
        synchronized (this) {
            now = advance();
            share = shareNanos - start.share();
            running = Math.max(0, running - 1);
        }
        long processCpu = Math.max(0, os.getProcessCpuTime() - start.processCpu());
        double fraction = now > start.nanos() ? Math.min(1, share / (now - start.nanos())) : 1;
        double cpuSeconds = processCpu * fraction / 1e9;
        EnergyUse use = new EnergyUse(cpuSeconds, cpuSeconds * properties.wattsPerCore() / 3600, "configured");
        if (start.packages() != null) {
            long busy = BusyCpu.nanos() - start.busyCpu();
            Optional<Double> joules = packages.get().joules(start.packages(), packages.get().read());
            if (joules.isPresent() && start.busyCpu() >= 0 && busy > 0) {
                double processShare = Math.min(1, (double) processCpu / busy);
                use = new EnergyUse(cpuSeconds, joules.get() * processShare * fraction / 3600, "rapl");
            }
        }
        totalWattHours.add(use.wattHours());
        answers.increment();
        MeterRegistry meters = registry.getIfAvailable();
        if (meters != null) {
            DistributionSummary.builder("guichet.answer.energy").description("Energy of each answer on this host")
                    .baseUnit("watt-hours").tag("source", use.source()).register(meters).record(use.wattHours());
        }
        return use;
    }

    /** How answers have been measured since this process started. */
    public record Totals(long answers, double wattHours, String method) {

        /** The mean energy of an answer, 0 before the first. */
        public double meanWattHours() {
            return answers == 0 ? 0 : wattHours / answers;
        }
    }

    /** The answers measured since start, their energy, and how it is measured. */
    public Totals totals() {
        return new Totals(answers.sum(), totalWattHours.sum(), packages.isPresent()
                ? "the CPU packages' RAPL energy counters, in this process's share of the busy CPU time, shared among "
                + "the answers running at the same time"
                : "this process's CPU time, shared among the answers running at the same time, × "
                + properties.wattsPerCore() + " W per busy core (guichet.energy.watts-per-core; RAPL is not readable here)");
    }

    private long advance() {
        long now = System.nanoTime();
        if (running > 0) {
            shareNanos += (double) (now - lastNanos) / running;
        }
        lastNanos = now;
        return now;
    }
}
