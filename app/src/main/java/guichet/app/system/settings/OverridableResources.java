package guichet.app.system.settings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text resources a deployment can override: prompts, routing labels, rules, canned replies. A file
 * at {@code <guichet.home>/config/<path>} wins over the built-in {@code classpath:<path>}. A resource
 * found in neither place is a start-up error, never a silent empty prompt.
 */
@Component
public class OverridableResources {

    private final Path overrides;

    public OverridableResources(@Value("${guichet.home}") Path home) {
        this.overrides = home.resolve("config");
    }

    /** The text of a resource, e.g. {@code prompts/read/en.txt}. */
    public String text(String path) {
        Path override = overrides.resolve(path).normalize();
        if (!override.startsWith(overrides)) {
            throw new IllegalArgumentException("resource path escapes the config folder: " + path);
        }
        try {
            if (Files.isRegularFile(override)) {
                return Files.readString(override, StandardCharsets.UTF_8);
            }
            try (InputStream in = OverridableResources.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new MissingResourceException(path, override);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    /** True when the resource exists as an override or built in. */
    public boolean exists(String path) {
        return Files.isRegularFile(overrides.resolve(path))
                || OverridableResources.class.getClassLoader().getResource(path) != null;
    }

    /** A resource that is neither built in nor provided by the deployment. */
    public static final class MissingResourceException extends IllegalStateException {
        MissingResourceException(String path, Path override) {
            super("missing resource " + path + " (looked in " + override + " and in the application)");
        }
    }
}
