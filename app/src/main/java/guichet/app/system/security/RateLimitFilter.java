package guichet.app.system.security;

import guichet.app.system.errors.ProblemWriter;
import guichet.app.system.errors.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Per-client rate limits: each citizen session and each API key has its own bucket. Counted are the
 * API requests and every form post; pages and assets are not. Over the limit: 429 with Retry-After.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final RateLimiter limiter;
    private final AccessProperties.RateLimit limits;
    private final ProblemWriter problems;

    RateLimitFilter(RateLimiter limiter, AccessProperties.RateLimit limits, ProblemWriter problems) {
        this.limiter = limiter;
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!limits.enabled()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.startsWith("/v1/") || !SAFE_METHODS.contains(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof CallerAuthentication callerAuthentication)) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = callerAuthentication.getPrincipal();
        long capacity = caller.kind() == Caller.Kind.API_CLIENT ? limits.apiClient() : limits.citizen();
        RateLimiter.Decision decision = limiter.tryConsume(caller.owner(), capacity, limits.period());
        if (!decision.allowed()) {
            problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "Too many requests",
                    "You have sent too many requests: please wait before trying again."), decision.retryAfter());
            return;
        }
        response.setHeader(REMAINING_HEADER, Long.toString(decision.remaining()));
        chain.doFilter(request, response);
    }
}
