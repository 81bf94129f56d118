package guichet.models;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link ModelPuller} reaches sources. Proxies come from the standard JVM properties
 * ({@code https.proxyHost}, {@code http.nonProxyHosts}, ...).
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long a server may stay silent before the attempt is abandoned
 * @param downloadAttempts how many times one download is tried, resuming each time
 * @param python the Python used to create conversion environments; empty means {@code python3} on the PATH
 * @param toolsDir where conversion environments live; empty means {@code <modelsDir>/.tools}
 * @param converterVenv a ready virtual environment to run converters in, prepared by the site; Guichet then
 *                      neither creates it nor installs into it
 * @param conversionTimeout how long a conversion (or preparing its environment) may run
 * @param mirrors index and repository URLs replaced by a site's mirrors, e.g.
 *                {@code "https://pypi.org/simple" -> "https://nexus.example.gov/repository/pypi/simple"}
 */
public record PullSettings(Duration connectTimeout, Duration readTimeout, int downloadAttempts, Optional<Path> python,
                           Optional<Path> toolsDir, Optional<Path> converterVenv, Duration conversionTimeout,
                           Map<String, String> mirrors) {

    public PullSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(conversionTimeout, "conversionTimeout");
        if (downloadAttempts < 1) {
            throw new IllegalArgumentException("downloadAttempts must be at least 1");
        }
        Objects.requireNonNull(python, "python");
        Objects.requireNonNull(toolsDir, "toolsDir");
        Objects.requireNonNull(converterVenv, "converterVenv");
        Map<String, String> normalised = new LinkedHashMap<>();
        mirrors.forEach((from, to) -> normalised.put(trimSlash(from), trimSlash(checkedUrl(to))));
        mirrors = Collections.unmodifiableMap(normalised);
    }

    /** 30 s to connect, 60 s of silence, 3 attempts, {@code python3}, 30 minutes per conversion, no mirrors. */
    public static PullSettings defaults() {
        return new PullSettings(Duration.ofSeconds(30), Duration.ofSeconds(60), 3, Optional.empty(), Optional.empty(),
                Optional.empty(), Duration.ofMinutes(30), Map.of());
    }

    /** These settings with {@code from} served by the mirror at {@code to}. */
    public PullSettings withMirror(String from, String to) {
        Map<String, String> more = new LinkedHashMap<>(mirrors);
        more.put(trimSlash(from), to);
        return new PullSettings(connectTimeout, readTimeout, downloadAttempts, python, toolsDir, converterVenv,
                conversionTimeout, more);
    }

    /** These settings with other timeouts. */
    public PullSettings withTimeouts(Duration connect, Duration read) {
        return new PullSettings(connect, read, downloadAttempts, python, toolsDir, converterVenv, conversionTimeout,
                mirrors);
    }

    /** These settings with another Python executable for conversion environments. */
    public PullSettings withPython(Path executable) {
        return new PullSettings(connectTimeout, readTimeout, downloadAttempts, Optional.of(executable), toolsDir,
                converterVenv, conversionTimeout, mirrors);
    }

    /** These settings with conversion environments kept in {@code dir}. */
    public PullSettings withToolsDir(Path dir) {
        return new PullSettings(connectTimeout, readTimeout, downloadAttempts, python, Optional.of(dir), converterVenv,
                conversionTimeout, mirrors);
    }

    /** These settings with converters run in the ready environment {@code venv}. */
    public PullSettings withConverterVenv(Path venv) {
        return new PullSettings(connectTimeout, readTimeout, downloadAttempts, python, toolsDir, Optional.of(venv),
                conversionTimeout, mirrors);
    }

    /** {@code url}, or its mirror when one is configured. */
    public URI mirrored(URI url) {
        String mirror = mirrors.get(trimSlash(url.toString()));
        return mirror == null ? url : URI.create(mirror);
    }

    private static String trimSlash(String url) {
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static String checkedUrl(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("mirror " + url + " must be an absolute http or https URL");
        }
        return url;
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
