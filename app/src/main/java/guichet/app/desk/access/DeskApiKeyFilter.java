package guichet.app.desk.access;

import guichet.app.system.errors.ProblemWriter;
import guichet.app.system.errors.Problems;
import guichet.app.system.security.ApiKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A mail gateway's API key ({@code Authorization: Bearer gk_...}, made with {@code guichet keys
 * create}) on the correspondence API: it may hand in messages (role CORRESPONDENCE_INTAKE), nothing
 * else. An unknown or revoked key is a 401.
 */
final class DeskApiKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final ProblemWriter problems;

    DeskApiKeyFilter(ApiKeys keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    static boolean hasBearer(HttpServletRequest request) {
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
        Optional<ApiKeys.ApiKey> key = keys.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(BEARER.length()).strip());
        if (key.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "invalid_api_key", "Invalid API key",
                    "The API key is unknown or has been revoked."), null);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("client:" + key.get().id(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + DeskSecurityConfiguration.INTAKE))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
