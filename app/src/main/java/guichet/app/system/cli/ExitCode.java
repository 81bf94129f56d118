package guichet.app.system.cli;

/** Exit codes of the guichet command, so scripts can tell failures apart. */
public enum ExitCode {
    OK(0), FAILURE(1), USAGE(2), MODEL_FILE(3), CHECKSUM_MISMATCH(4), UNAVAILABLE(5), SETTINGS(6), OVERLOADED(7),
    BAD_ARCHIVE(8), UNQUALIFIED(9);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
