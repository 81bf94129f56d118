package guichet.app.system.security;

import java.util.List;

/** Where {@code guichet keys} creates, lists and revokes API keys: the database, or a running server's admin API. */
public interface KeyRegistry {

    /** Creates a key. @throws IllegalArgumentException for a blank or over-long name */
    ApiKeys.IssuedKey create(String name, boolean admin);

    /** Every key, newest first, revoked ones included. */
    List<ApiKeys.ApiKey> list();

    /** Revokes a key; false when there is no valid key with that id. */
    boolean revoke(String id);
}
