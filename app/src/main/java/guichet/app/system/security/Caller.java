package guichet.app.system.security;

import java.util.Objects;

/**
 * Who is calling: an anonymous citizen (identified by their signed session cookie), an API client
 * (by its key) or, later, an account. Controllers take it as
 * {@code @AuthenticationPrincipal Caller caller}; what a caller owns is stored under {@link #owner()}.
 *
 * @param kind what sort of caller
 * @param id the session id, API key id or account id
 * @param name a display name (the API key's name), empty for citizens
 * @param admin may use the operator endpoints
 */
public record Caller(Kind kind, String id, String name, boolean admin) {

    /** Sorts of callers, each with the prefix of its owner key. */
    public enum Kind {
        CITIZEN("citizen"), API_CLIENT("client"), ACCOUNT("account");

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

    public static Caller citizen(String sessionId) {
        return new Caller(Kind.CITIZEN, sessionId, "", false);
    }

    public static Caller apiClient(String keyId, String name, boolean admin) {
        return new Caller(Kind.API_CLIENT, keyId, name, admin);
    }

    /** The owner key of what this caller creates, e.g. {@code citizen:Qx3...} or {@code client:4f2a...}. */
    public String owner() {
        return kind.prefix + ":" + id;
    }
}
