package guichet.models.transfer;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/** Says in a few words why a transfer failed, for an operator: the JDK's own messages are often empty. */
public final class Failures {

    private Failures() {
    }

    /** "cannot connect", "unknown host x", or the failure's own message. */
    public static String describe(Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        String message = cause.getMessage();
        return switch (cause) {
            case ConnectException c -> "cannot connect" + (message == null ? "" : " (" + message + ")");
            case UnresolvedAddressException u -> "unknown host";
            case UnknownHostException u -> "unknown host " + message;
            default -> message == null ? cause.getClass().getSimpleName() : message;
        };
    }
}
