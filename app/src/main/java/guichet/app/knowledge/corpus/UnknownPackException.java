package guichet.app.knowledge.corpus;

import guichet.app.system.cli.ExitCode;
import java.util.Collection;

/** The operator named a pack, or a source of a pack, that Guichet does not have. */
public final class UnknownPackException extends CorpusException {

    public UnknownPackException(String what, String name, Collection<String> known) {
        super("no " + what + " " + name + ": choose " + String.join(" or ", known));
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.USAGE;
    }
}
