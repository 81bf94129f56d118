package guichet.app.system.crypto;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where citizens' keys are kept, apart from the data they open.
 *
 * @param masterKeyFile the master key (32 random bytes, Base64), made on first use with owner-only permissions;
 *                      {@code GUICHET_MASTER_KEY} in the environment takes its place
 * @param keystoreUrl the JDBC URL of the key store: its own database, so that a backup of the data holds no key
 * @param keystoreUsername its user
 * @param keystorePassword its password
 */
@Validated
@ConfigurationProperties("guichet.crypto")
public record CryptoProperties(@NotBlank String masterKeyFile, @NotBlank String keystoreUrl,
                               @DefaultValue("guichet") String keystoreUsername,
                               @DefaultValue("") String keystorePassword) {
}
