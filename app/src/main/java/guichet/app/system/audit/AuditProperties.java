package guichet.app.system.audit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of the audit trail.
 *
 * @param retention how long entries are kept (the EU AI Act asks deployers for at least six months), apart
 *                  from how long conversations are kept
 * @param anchorEvery every this many entries, the chain's head is also written to the anchors file, so that
 *                    entries cut from the end of the trail (with its head row edited to match) are found too
 * @param anchors the anchors file; copy it off the host (write-once storage) for an anchor the database's
 *                administrators cannot reach
 */
@Validated
@ConfigurationProperties("guichet.audit")
public record AuditProperties(@DefaultValue("183d") Duration retention,
                              @DefaultValue("100") @Min(1) int anchorEvery,
                              @NotBlank String anchors) {
}
