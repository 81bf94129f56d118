package guichet.app.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import java.io.IOException;
import java.util.Collection;
import java.util.Optional;

/**
 * What happens when the OpenID Connect provider sends a citizen back signed in: the account is found
 * or made ({@link AccountDirectory}), the anonymous session's conversations and memory move to it,
 * the signed account cookie is set, and the browser goes to the landing page. No name, email or
 * token is kept: only the provider's subject.
 */
final class OidcSignIn implements AuthenticationSuccessHandler {

    private final AccountDirectory accounts;
    private final CitizenSessions sessions;
    private final String rolesClaim;
    private final String adviserRole;
    private final String landingPage;

    OidcSignIn(AccountDirectory accounts, CitizenSessions sessions, String rolesClaim, String adviserRole,
               String landingPage) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.rolesClaim = rolesClaim;
        this.adviserRole = adviserRole;
        this.landingPage = landingPage;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        OidcUser user = (OidcUser) authentication.getPrincipal();
        Object roles = user.getClaims().get(rolesClaim);
        boolean adviser = roles instanceof Collection<?> list ? list.stream().anyMatch(r -> adviserRole.equals(String.valueOf(r)))
                : adviserRole.equals(String.valueOf(roles));
        Optional<String> anonymous = sessions.verify(CitizenSessionFilter.cookie(request, sessions.cookieName()))
                .map(id -> Caller.citizen(id).owner());
        String accountId = accounts.signedIn(String.valueOf(user.getIssuer()), user.getSubject(), adviser, anonymous);
        response.addHeader(HttpHeaders.SET_COOKIE, sessions.accountCookie(new CitizenSessions.SignedIn(accountId, adviser),
                request.isSecure()).toString());
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();  // it held only the sign-in's state
        }
        response.sendRedirect(request.getContextPath() + (adviser ? "/adviser" : landingPage));
    }
}
