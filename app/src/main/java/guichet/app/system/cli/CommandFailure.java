package guichet.app.system.cli;

/**
 * A feature's failure that the command line reports as it is: its message is the one line printed,
 * and it chooses its exit code. {@link CliErrors} needs to know no feature's exceptions.
 */
public interface CommandFailure {

    /** The exit code a script sees. */
    ExitCode exitCode();
}
