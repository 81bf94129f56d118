package guichet.app.employment.account;

import guichet.app.system.security.CitizenSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign in (through the configured OpenID Connect provider) and sign out. */
@Controller
class AccountPages {

    private final CitizenSessions sessions;
    private final Environment environment;

    AccountPages(CitizenSessions sessions, Environment environment) {
        this.sessions = sessions;
        this.environment = environment;
    }

    @GetMapping("/account/sign-in")
    String signIn() {
        return "redirect:/oauth2/authorization/" + environment.getProperty("guichet.accounts.oidc.registration-id", "oidc");
    }

    /** Drops the account cookie and starts a fresh anonymous session. */
    @PostMapping("/account/sign-out")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        sessions.signOutCookies(request.isSecure()).forEach(c -> response.addHeader(HttpHeaders.SET_COOKIE, c.toString()));
        return "redirect:/employment";
    }
}
