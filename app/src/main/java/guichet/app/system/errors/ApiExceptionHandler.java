package guichet.app.system.errors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import guichet.inference.EngineUnavailableException;
import guichet.inference.InvalidRequestException;
import guichet.inference.OverloadedException;
import guichet.knowledge.InvalidQueryException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every failure of the APIs as {@code application/problem+json}: the named exceptions through
 * {@link FailureProblems}, the one place that maps them; the application's own ones, which carry
 * their problem, and Spring MVC's (bad JSON, 405, 415, failed validation...) through the base class,
 * in the same shape. A failure nobody named is a 500 with a generic detail: the stack trace goes to
 * the log, never to the client.
 *
 * <p>Only {@code @RestController}s are covered: server-rendered pages handle their own errors, and
 * requests no controller took end in {@link ProblemErrorController}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final FailureProblems failures;

    ApiExceptionHandler(FailureProblems failures) {
        this.failures = failures;
    }

    @ExceptionHandler({InvalidRequestException.class, InvalidQueryException.class, OverloadedException.class,
            EngineUnavailableException.class})
    ResponseEntity<Object> named(RuntimeException e, WebRequest request) {
        FailureProblems.Mapped mapped = failures.of(e);
        return respond(mapped.problem(), mapped.retryAfter(), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, WebRequest request) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage())).toList();
        ProblemDetail body = Problems.of(HttpStatus.BAD_REQUEST, "invalid_request", "Invalid request",
                "The request has invalid values.");
        body.setProperty("errors", errors);
        return createResponseEntity(body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        LOG.error("unexpected failure serving {}", path(request), e);
        FailureProblems.Mapped mapped = failures.of(e);
        return respond(mapped.problem(), mapped.retryAfter(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail body = e.updateAndGetBody(getMessageSource(), getLocale(request));
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(Map.of("field", "", "message", String.valueOf(error.getDefaultMessage()))));
        body.setProperty("errors", errors);
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        ProblemDetail body = e.updateAndGetBody(getMessageSource(), getLocale(request));
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage())))));
        body.setProperty("errors", errors);
        return handleExceptionInternal(e, body, headers, status, request);
    }

    /**
     * A body that is not JSON, or a value of the wrong type: 400 naming the field, so that a client
     * sees which parameter to fix ({@code "n": "two"} is about {@code n}).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail body = Problems.of(HttpStatus.BAD_REQUEST, "invalid_request", "Invalid request",
                "The request body is not valid JSON.");
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            body.setDetail(mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException
                    ? "'" + field + "' has a value of the wrong type." : "'" + field + "' cannot be read.");
            body.setProperty("param", field);
        }
        return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Adds what every problem carries: the request path, and OpenAI's error object on /v1. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
                                                          HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            String path = path(request);
            if (problem.getInstance() == null && path != null) {
                problem.setInstance(URI.create(path));
            }
            OpenAiErrors.decorate(path, problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, @Nullable Duration retryAfter, WebRequest request) {
        problem = OpenAiErrors.status(path(request), problem);
        HttpHeaders headers = new HttpHeaders();
        if (retryAfter != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Problems.retryAfterSeconds(retryAfter)));
        }
        return createResponseEntity(problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static Locale getLocale(WebRequest request) {
        return request.getLocale();
    }

    @Nullable
    private static String path(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return http.getRequestURI();
        }
        return null;
    }
}
