package guichet.app.system.errors;

import guichet.inference.EngineUnavailableException;
import guichet.inference.InvalidRequestException;
import guichet.inference.OverloadedException;
import guichet.inference.PromptTooLongException;
import guichet.knowledge.InvalidQueryException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one place where each named failure becomes a problem: its status, type, title, detail and
 * Retry-After. {@link ApiExceptionHandler} answers with it; streams that are already under way
 * send it as their last event. The application's own failures carry their problem themselves
 * (they are {@link ErrorResponse}s, made with {@link Problems#of}); the engines' and the index's
 * are mapped here.
 */
@Component
public class FailureProblems {

    private final Duration unavailableRetryAfter;

    /**
     * @param unavailableRetryAfter the Retry-After given while the models or the index are not ready
     */
    FailureProblems(@Value("${guichet.api.unavailable-retry-after:30s}") Duration unavailableRetryAfter) {
        this.unavailableRetryAfter = unavailableRetryAfter;
    }

    /**
     * A problem and when to come back.
     *
     * @param retryAfter null when retrying later will not help
     */
    public record Mapped(ProblemDetail problem, Duration retryAfter) {
    }

    /** The problem for a failure; anything not named here is a 500 with a generic detail. */
    public Mapped of(Throwable failure) {
        Throwable e = unwrap(failure);
        return switch (e) {
            case ErrorResponse named -> new Mapped(named.getBody(), null);
            case PromptTooLongException tooLong -> new Mapped(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                    "prompt_too_long", "Too long for the model", tooLong.getMessage()), null);
            case InvalidRequestException invalid -> new Mapped(withParam(Problems.of(HttpStatus.BAD_REQUEST,
                    "invalid_request", "Invalid request", invalid.getMessage()), invalid.param()), null);
            case InvalidQueryException invalid -> new Mapped(Problems.of(HttpStatus.BAD_REQUEST, "invalid_query",
                    "Invalid search", invalid.getMessage()), null);
            case OverloadedException overloaded -> new Mapped(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "overloaded",
                    "Too busy", "Guichet is answering as many questions as it can: please try again shortly."),
                    overloaded.retryAfter());
            case EngineUnavailableException unavailable -> new Mapped(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "unavailable", "Not available", unavailable.getMessage()), unavailableRetryAfter);
            default -> new Mapped(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                    "Something went wrong on our side; it has been logged."), null);
        };
    }

    /**
     * The problem for a failure that ends a stream already under way, where no header can be set:
     * the Retry-After, if any, is in its {@code retry_after} property (seconds).
     */
    public ProblemDetail inStream(Throwable failure) {
        Mapped mapped = of(failure);
        ProblemDetail problem = mapped.problem();
        if (mapped.retryAfter() != null) {
            problem.setProperty("retry_after", Problems.retryAfterSeconds(mapped.retryAfter()));
        }
        return problem;
    }

    /** True when {@link #of} names this failure (it is not an unexpected one). */
    public boolean isNamed(Throwable failure) {
        return of(failure).problem().getStatus() != HttpStatus.INTERNAL_SERVER_ERROR.value();
    }

    /** The failure inside the wrappers of futures and executors. */
    public static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** Names the request parameter at fault, as OpenAI's errors do. */
    private static ProblemDetail withParam(ProblemDetail problem, String param) {
        if (param != null) {
            problem.setProperty("param", param);
        }
        return problem;
    }

}
