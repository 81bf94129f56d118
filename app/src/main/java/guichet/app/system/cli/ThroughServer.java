package guichet.app.system.cli;

/**
 * A command that a Guichet server running on the same home carries out for the command line, so the
 * command need not open the database the server holds (H2 lets one process at a time open its file).
 */
public interface ThroughServer {

    /** The command's name under {@code guichet}. */
    String command();

    /** Runs the command's arguments through {@code server}; returns the exit code. */
    int run(OperatorClient server, String[] commandArgs);
}
