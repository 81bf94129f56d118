package guichet.app.system.security;

import java.util.Optional;

/**
 * Where signed-in accounts live. Security knows only this: a feature that keeps accounts implements
 * it (the employment journey does, {@code guichet.app.employment.account.Accounts}).
 */
public interface AccountDirectory {

    /**
     * An OpenID Connect sign-in succeeded: find or create the account of {@code issuer} and
     * {@code subject}, and attach to it what the anonymous caller owned until now.
     *
     * @param anonymousOwner the owner key of the anonymous session that signed in, if there was one
     * @param adviser whether the provider gave the adviser role
     * @return the account's id
     */
    String signedIn(String issuer, String subject, boolean adviser, Optional<String> anonymousOwner);
}
