package guichet.app.system.qualification;

import guichet.app.system.cli.CommandFailure;
import guichet.app.system.cli.ExitCode;

/** {@code serve} was asked to run a chat model that has no passing qualification report. */
public class ModelNotQualifiedException extends RuntimeException implements CommandFailure {

    ModelNotQualifiedException(String message) {
        super(message);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.UNQUALIFIED;
    }
}
