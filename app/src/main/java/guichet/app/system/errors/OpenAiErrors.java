package guichet.app.system.errors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Problems on the OpenAI-compatible endpoints ({@code /v1/...}) also carry OpenAI's own error
 * object, {@code "error": {"message", "type", "param", "code"}}, so that OpenAI clients show the
 * reason and SDKs raise the right exception. Guichet's codes that OpenAI names otherwise take
 * OpenAI's name there ({@code model_not_found}, {@code invalid_api_key}).
 */
final class OpenAiErrors {

    private static final String OPENAI_PREFIX = "/v1/";
    private static final Map<String, String> OPENAI_CODES = Map.of(
            "unknown_model", "model_not_found",
            "authentication_required", "invalid_api_key",
            "rate_limited", "rate_limit_exceeded",
            "overloaded", "engine_overloaded");

    private OpenAiErrors() {
    }

    /**
     * The status OpenAI's clients expect: a full engine queue is 503 there (they retry it after
     * {@code Retry-After}), where Guichet's own API says 429.
     */
    static ProblemDetail status(String path, ProblemDetail problem) {
        if (path == null || !path.startsWith(OPENAI_PREFIX) || !"overloaded".equals(Problems.code(problem))
                || problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return problem;
        }
        ProblemDetail unavailable = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, problem.getDetail());
        unavailable.setType(problem.getType());
        unavailable.setTitle(problem.getTitle());
        unavailable.setInstance(problem.getInstance());
        if (problem.getProperties() != null) {
            problem.getProperties().forEach(unavailable::setProperty);
        }
        return unavailable;
    }

    static void decorate(String path, ProblemDetail problem) {
        if (path == null || !path.startsWith(OPENAI_PREFIX)) {
            return;
        }
        int status = problem.getStatus();
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", problem.getDetail() != null ? problem.getDetail() : problem.getTitle());
        error.put("type", switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        });
        error.put("param", param(problem));
        String code = Problems.code(problem);
        error.put("code", OPENAI_CODES.getOrDefault(code, code));
        problem.setProperty("error", error);
    }

    /** The parameter named by the problem, or the first field that failed validation. */
    private static String param(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties();
        if (properties == null) {
            return null;
        }
        if (properties.get("param") instanceof String param) {
            return param;
        }
        if (properties.get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.getFirst() instanceof Map<?, ?> first && first.get("field") instanceof String field
                && !field.isEmpty()) {
            // Java's field names are camelCase; the client sent OpenAI's snake_case
            return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
