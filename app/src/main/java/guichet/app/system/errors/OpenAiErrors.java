package guichet.app.system.errors;

import org.springframework.http.ProblemDetail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Problems on the OpenAI-compatible endpoints ({@code /v1/...}) also carry OpenAI's own error
 * object, {@code "error": {"message", "type", "code"}}, so that OpenAI clients show the reason.
 */
final class OpenAiErrors {

    private static final String OPENAI_PREFIX = "/v1/";

    private OpenAiErrors() {
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
        error.put("code", Problems.code(problem));
        problem.setProperty("error", error);
    }
}
