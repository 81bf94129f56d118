package guichet.app.system.engine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Which models Guichet runs and where they come from.
 *
 * @param dir models directory
 * @param catalogue an operator's catalogue file that adds or replaces entries, if any
 * @param autoPull fetch a missing model from its catalogue sources at start-up (off on air-gapped sites)
 * @param chat catalogue id of the chat model
 * @param chatFile a GGUF file to run instead of a catalogue entry (it is not verified against the catalogue)
 * @param embedding catalogue id of the embedding model
 * @param python python executable for catalogue sources that convert a model
 * @param mirrors index or repository URLs served by an internal mirror (from, to)
 * @param connectTimeout connect timeout for pulls
 * @param readTimeout read timeout for pulls
 * @param allowUnqualified let {@code serve} run a chat model without a passing qualification report (a trial)
 */
@Validated
@ConfigurationProperties("guichet.models")
public record ModelsProperties(@NotNull Path dir, Path catalogue, @DefaultValue("true") boolean autoPull,
                               @NotBlank String chat, Path chatFile, @NotBlank String embedding,
                               @DefaultValue("python3") String python, List<Mirror> mirrors,
                               @DefaultValue("20s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout,
                               @DefaultValue("false") boolean allowUnqualified) {

    public ModelsProperties {
        mirrors = mirrors == null ? List.of() : List.copyOf(mirrors);
    }

    /** An index or repository URL ({@code from}) served by a site's mirror ({@code to}). */
    public record Mirror(@NotBlank String from, @NotBlank String to) {
    }

    public Optional<Path> catalogueOverride() {
        return Optional.ofNullable(catalogue);
    }
}
