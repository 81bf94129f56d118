package guichet.models.transfer;

import java.io.IOException;
import java.net.URI;

/** A server answered with an HTTP status that is not a success. */
public final class HttpStatusException extends IOException {

    private final int status;

    public HttpStatusException(URI uri, int status) {
        super(uri + " answered HTTP " + status + (status == 404 ? " (not found)" : ""));
        this.status = status;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** True for statuses that may go away if asked again (server errors, rate limits, timeouts). */
    public boolean retryable() {
        return status >= 500 || status == 408 || status == 429;
    }
}
