package guichet.app.system.security;

import guichet.app.system.errors.ProblemWriter;
import guichet.app.system.errors.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Makes every browser request a citizen's: a signed account cookie (set at OpenID Connect sign-in)
 * makes it the account's; otherwise the signed session cookie is checked, or a new session is
 * started and its cookie set. Requests that already have a caller (an API key), and those that
 * need none (static assets, health, OpenAI endpoints), are left alone.
 */
final class CitizenSessionFilter extends OncePerRequestFilter {

    private final CitizenSessions sessions;
    private final RateLimiter limiter;
    private final AccessProperties.RateLimit limits;
    private final ProblemWriter problems;
    private final RequestMatcher withoutSession;

    CitizenSessionFilter(CitizenSessions sessions, RateLimiter limiter, AccessProperties.RateLimit limits,
                         ProblemWriter problems, RequestMatcher withoutSession) {
        this.sessions = sessions;
        this.limiter = limiter;
        this.limits = limits;
        this.problems = problems;
        this.withoutSession = withoutSession;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() != null || withoutSession.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CitizenSessions.SignedIn> account = sessions.verifyAccount(cookie(request, sessions.accountCookieName()));
        if (account.isPresent()) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new CallerAuthentication(account.get().adviser()
                    ? Caller.adviser(account.get().accountId()) : Caller.account(account.get().accountId())));
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
            return;
        }
        Optional<String> existing = sessions.verify(cookie(request, sessions.cookieName()));
        String sessionId;
        if (existing.isPresent()) {
            sessionId = existing.get();
        } else {
            if (limits.enabled()) {
                RateLimiter.Decision decision = limiter.tryConsume("address:" + request.getRemoteAddr(),
                        limits.newSessionsPerAddress(), limits.period());
                if (!decision.allowed()) {
                    problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
                            "Too many requests", "Too many new sessions from this address: please try again later."),
                            decision.retryAfter());
                    return;
                }
            }
            sessionId = sessions.newSessionId();
            response.addHeader(HttpHeaders.SET_COOKIE, sessions.cookie(sessionId, request.isSecure()).toString());
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(Caller.citizen(sessionId)));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
