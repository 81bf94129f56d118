package guichet.app.system.security;

import java.util.Objects;

/**
 * Who is calling: an anonymous citizen (identified by their signed session cookie), an API client
 * (by its key), a signed-in citizen account, or an adviser (a work coach's account). Controllers take it as
 * {@code @AuthenticationPrincipal Caller caller}; what a caller owns is stored under {@link #owner()}.
 *
 * @param kind what sort of caller
 * @param id the session id, API key id or account id
 * @param name a display name (the API key's name), empty for citizens
 * @param admin may use the operator endpoints
 * @param assistantOnly an API key limited to the grounded assistant: no raw chat model
 */
public record Caller(Kind kind, String id, String name, boolean admin, boolean assistantOnly) {

    /** Sorts of callers, each with the prefix of its owner key. */
    public enum Kind {
        CITIZEN("citizen"), API_CLIENT("client"), ACCOUNT("account"), ADVISER("adviser");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public Caller {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
    }

    public Caller(Kind kind, String id, String name, boolean admin) {
        this(kind, id, name, admin, false);
    }

    public static Caller citizen(String sessionId) {
        return new Caller(Kind.CITIZEN, sessionId, "", false);
    }

    /** A citizen signed in through OpenID Connect: their account id. */
    public static Caller account(String accountId) {
        return new Caller(Kind.ACCOUNT, accountId, "", false);
    }

    /** A work coach signed in with the adviser role. */
    public static Caller adviser(String accountId) {
        return new Caller(Kind.ADVISER, accountId, "", false);
    }

    /** A citizen, anonymous or signed in (not an API client, not an adviser). */
    public boolean isCitizen() {
        return kind == Kind.CITIZEN || kind == Kind.ACCOUNT;
    }

    public static Caller apiClient(String keyId, String name, boolean admin) {
        return new Caller(Kind.API_CLIENT, keyId, name, admin, false);
    }

    /** An API client by its key, with the key's limits. */
    public static Caller apiClient(ApiKeys.ApiKey key) {
        return new Caller(Kind.API_CLIENT, key.id(), key.name(), key.admin(), key.assistantOnly());
    }

    /** The owner key of what this caller creates, e.g. {@code citizen:Qx3...} or {@code client:4f2a...}. */
    public String owner() {
        return kind.prefix + ":" + id;
    }
}
