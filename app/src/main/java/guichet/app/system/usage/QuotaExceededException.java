package guichet.app.system.usage;

import guichet.app.system.errors.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import java.time.Duration;

/** An API key has used its quota for now: 429 with the seconds until the window that was full ends. */
public class QuotaExceededException extends ErrorResponseException {

    public QuotaExceededException(String what, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "Quota used up",
                "This API key has used its " + what + ": try again in " + Problems.retryAfterSeconds(retryAfter)
                        + " s, or ask the operator for a larger quota."), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Problems.retryAfterSeconds(retryAfter)));
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
