package guichet.app.system.energy;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * How the energy of an answer is measured.
 *
 * @param powercap where the kernel exposes RAPL package energy counters; read when readable
 * @param wattsPerCore the power of one busy core, used when RAPL cannot be read (a VM, or counters readable by root
 *                     only): take the CPU's TDP divided by its hardware threads
 */
@Validated
@ConfigurationProperties("guichet.energy")
public record EnergyProperties(@DefaultValue("/sys/class/powercap") @NotNull Path powercap,
                               @DefaultValue("4.0") @DecimalMin("0.0") double wattsPerCore) {
}
