package guichet.app.system.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.List;

/** An authenticated {@link Caller}, with its roles: CITIZEN, ADVISER or API_CLIENT, and ADMIN for operator keys. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    static final String CITIZEN = "CITIZEN";
    static final String API_CLIENT = "API_CLIENT";
    static final String ADMIN = "ADMIN";
    static final String ADVISER = "ADVISER";

    private final transient Caller caller;

    CallerAuthentication(Caller caller) {
        super(roles(caller));
        this.caller = caller;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> roles(Caller caller) {
        List<GrantedAuthority> roles = new ArrayList<>();
        roles.add(new SimpleGrantedAuthority("ROLE_" + switch (caller.kind()) {
            case API_CLIENT -> API_CLIENT;
            case ADVISER -> ADVISER;
            default -> CITIZEN;
        }));
        if (caller.admin()) {
            roles.add(new SimpleGrantedAuthority("ROLE_" + ADMIN));
        }
        return roles;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.owner();
    }
}
