package guichet.app.system.cli;

/** The running server did not carry out an operator request: it stopped, or it refused the request. */
public class ServerUnavailableException extends RuntimeException implements CommandFailure {

    public ServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.UNAVAILABLE;
    }
}
