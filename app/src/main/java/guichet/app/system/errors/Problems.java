package guichet.app.system.errors;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.time.Duration;

/**
 * The problem documents (RFC 9457) Guichet answers failures with. Each kind of failure has a stable
 * {@code type}, {@code urn:guichet:problem:<code>}, that clients can branch on.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:guichet:problem:";

    private Problems() {
    }

    /** A problem of kind {@code code}. */
    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title);
        return problem;
    }

    /** The code of a problem made by {@link #of}, or a code derived from its status. */
    public static String code(ProblemDetail problem) {
        String type = problem.getType() == null ? "" : problem.getType().toString();
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : "http_" + problem.getStatus();
    }

    /** Whole seconds for a {@code Retry-After} header: rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        long millis = wait == null ? 0 : wait.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
