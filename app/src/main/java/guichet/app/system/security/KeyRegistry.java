package guichet.app.system.security;

import guichet.app.system.usage.ModelUsage;
import guichet.app.system.usage.Quota;

import java.time.Instant;
import java.util.List;

/** Where {@code guichet keys} creates, lists and revokes API keys: the database, or a running server's admin API. */
public interface KeyRegistry {

    /**
     * Creates a key.
     *
     * @param assistantOnly limit the key to the grounded assistant (no raw chat models)
     * @param quota the key's own limits on the OpenAI API ({@link Quota#DEFAULTS}: the site's)
     * @throws IllegalArgumentException for a blank or over-long name
     */
    ApiKeys.IssuedKey create(String name, boolean admin, boolean assistantOnly, Quota quota);

    /** Creates a key with the site's quotas. @throws IllegalArgumentException for a blank or over-long name */
    default ApiKeys.IssuedKey create(String name, boolean admin, boolean assistantOnly) {
        return create(name, admin, assistantOnly, Quota.DEFAULTS);
    }

    /** Creates a key that may use every model. @throws IllegalArgumentException for a blank or over-long name */
    default ApiKeys.IssuedKey create(String name, boolean admin) {
        return create(name, admin, false);
    }

    /** Requests and tokens through the OpenAI API by key and model, from {@code from} to {@code to}. */
    List<ModelUsage.Line> usage(Instant from, Instant to);

    /** Every key, newest first, revoked ones included. */
    List<ApiKeys.ApiKey> list();

    /** Revokes a key; false when there is no valid key with that id. */
    boolean revoke(String id);
}
