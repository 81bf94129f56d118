package guichet.inference.remote;

import guichet.inference.InvalidSettingsException;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An operator's own OpenAI-compatible inference pool (vLLM, llama-server, ...).
 *
 * @param baseUrl the API root, e.g. {@code http://llm.internal:8000/v1}
 * @param apiKey bearer token, empty when the pool needs none
 * @param model model name the pool serves
 * @param contextTokens context window of the served model (for the prompt-size check)
 * @param concurrency requests sent at once
 * @param queueCapacity requests that may wait locally; more are rejected at once
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout longest one request may take end to end
 * @param structuredOutput how the pool takes a JSON schema
 */
public record RemoteSettings(URI baseUrl, String apiKey, String model, int contextTokens, int concurrency,
                             int queueCapacity, Duration connectTimeout, Duration requestTimeout,
                             StructuredOutputStyle structuredOutput) {

    public RemoteSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new InvalidSettingsException("the remote inference URL must be http or https, was " + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new InvalidSettingsException("the remote inference model name must be set");
        }
        apiKey = apiKey == null ? "" : apiKey;
        structuredOutput = structuredOutput == null ? StructuredOutputStyle.JSON_SCHEMA : structuredOutput;
        InvalidSettingsException.requireAtLeast("remote context size", contextTokens, 64);
        InvalidSettingsException.requireAtLeast("remote concurrency", concurrency, 1);
        InvalidSettingsException.requireAtLeast("remote queue capacity", queueCapacity, 0);
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()
                || requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new InvalidSettingsException("remote timeouts must be positive");
        }
    }

    /** The URL of an endpoint under the API root, e.g. "chat/completions". */
    URI endpoint(String path) {
        String root = baseUrl.toString();
        return URI.create(root.endsWith("/") ? root + path : root + "/" + path);
    }
}
