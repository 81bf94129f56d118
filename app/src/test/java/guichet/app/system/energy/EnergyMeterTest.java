package guichet.app.system.energy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** An answer's energy is the CPU it used, shared with the answers beside it, times a measured or configured power. */
class EnergyMeterTest {

    @TempDir
    Path powercap;

    @Test
    void withoutRaplTheCpuTimeIsPricedAtTheConfiguredWattsPerCore() {
        EnergyMeter meter = meter(8.0);

        EnergyMeter.Start start = meter.start();
        burn(300);
        EnergyUse use = meter.stop(start);

        assertThat(use.source()).isEqualTo("configured");
        assertThat(use.cpuSeconds()).isGreaterThan(0.1);
        assertThat(use.wattHours()).isCloseTo(use.cpuSeconds() * 8.0 / 3600, within(1e-12));
        assertThat(use.describe()).contains("Wh", "CPU-s", "configured watts per core");
        assertThat(meter.totals().answers()).isEqualTo(1);
        assertThat(meter.totals().meanWattHours()).isEqualTo(use.wattHours());
        assertThat(meter.totals().method()).contains("8.0 W per busy core");
    }

    @Test
    void answersRunningTogetherShareTheProcessCpuRatherThanEachCountingAllOfIt() {
        EnergyMeter meter = meter(4.0);
        long before = processCpu();

        EnergyMeter.Start first = meter.start();
        EnergyMeter.Start second = meter.start();
        burn(300);
        EnergyUse one = meter.stop(first);
        EnergyUse two = meter.stop(second);
        double used = (processCpu() - before) / 1e9;

        assertThat(one.cpuSeconds() + two.cpuSeconds()).isLessThanOrEqualTo(used * 1.05);
        assertThat(one.cpuSeconds()).isCloseTo(two.cpuSeconds(), within(used * 0.2));
    }

    @Test
    void packageCountersAreReadWhereTheKernelExposesThemAndAWrappedCounterStillCounts() throws Exception {
        Path zone = Files.createDirectories(powercap.resolve("intel-rapl:0"));
        Files.createDirectories(powercap.resolve("intel-rapl:0:0"));
        Files.writeString(zone.resolve("max_energy_range_uj"), "262143328850\n");
        Files.writeString(zone.resolve("energy_uj"), "262143000000\n");
        EnergyMeter meter = meter(4.0);

        EnergyMeter.Start start = meter.start();
        burn(200);
        // 328,850 µJ to the wrap, then 3,271,150 more: 3.6 J in all
        Files.writeString(zone.resolve("energy_uj"), "3271150\n");
        EnergyUse use = meter.stop(start);

        assertThat(use.source()).isEqualTo("rapl");
        assertThat(use.wattHours()).isGreaterThan(0).isLessThanOrEqualTo(3.6 / 3600 + 1e-12);
        assertThat(meter.totals().method()).contains("RAPL");
    }

    @Test
    void aZoneThatCannotBeReadLeavesTheConfiguredPower() throws Exception {
        Files.createDirectories(powercap.resolve("intel-rapl:0"));

        assertThat(PackageEnergy.find(powercap)).isEmpty();
        assertThat(PackageEnergy.find(powercap.resolve("absent"))).isEmpty();
    }

    private EnergyMeter meter(double wattsPerCore) {
        return new EnergyMeter(new EnergyProperties(powercap, wattsPerCore),
                new StaticListableBeanFactory().getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class));
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Keeps one core busy for about {@code millis}. */
    private static void burn(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        double x = 1;
        while (System.nanoTime() < end) {
            x = Math.sqrt(x + 1.000001);
        }
        assertThat(x).isPositive();
    }
}
