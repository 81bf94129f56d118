package guichet.app.system.security;

import guichet.app.system.errors.ProblemWriter;
import guichet.app.system.errors.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Authenticates API clients by {@code Authorization: Bearer gk_...}. A request that presents a
 * bearer token must present a valid one: an unknown or revoked key is a 401, never a fall back to
 * a citizen session. What a valid key may do is the authentication it is given (an API client by
 * default; the desk's mail gateways get the intake role only).
 */
public final class ApiKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final ProblemWriter problems;
    private final Function<ApiKeys.ApiKey, Authentication> authentication;

    ApiKeyFilter(ApiKeys keys, ProblemWriter problems) {
        this(keys, problems, key -> new CallerAuthentication(Caller.apiClient(key)));
    }

    /** A filter that authenticates a valid key as {@code authentication} makes it. */
    public ApiKeyFilter(ApiKeys keys, ProblemWriter problems, Function<ApiKeys.ApiKey, Authentication> authentication) {
        this.keys = keys;
        this.problems = problems;
        this.authentication = authentication;
    }

    /** True when the request carries a bearer token (such requests are exempt from CSRF checks). */
    public static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        Optional<ApiKeys.ApiKey> key = keys.authenticate(token);
        if (key.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "invalid_api_key", "Invalid API key",
                    "The API key is unknown or has been revoked."), null);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.apply(key.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
