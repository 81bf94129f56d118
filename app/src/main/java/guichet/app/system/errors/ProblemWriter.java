package guichet.app.system.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Writes a problem straight to the servlet response, for the places outside Spring MVC that
 * refuse a request (authentication, rate limits). Inside controllers, {@link ApiExceptionHandler}
 * does it.
 */
@Component
public class ProblemWriter {

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param retryAfter when to come back, or null
     */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
                      Duration retryAfter) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        OpenAiErrors.decorate(request.getRequestURI(), problem);
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        if (retryAfter != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Problems.retryAfterSeconds(retryAfter)));
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
