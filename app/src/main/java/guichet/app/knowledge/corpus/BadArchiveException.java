package guichet.app.knowledge.corpus;

import guichet.app.system.cli.ExitCode;
import java.nio.file.Path;

/** A pack's archive cannot be read, or holds no fiche of the pack: nothing from it was ingested. */
public final class BadArchiveException extends CorpusException {

    public BadArchiveException(Path archive, String reason) {
        super(archive.getFileName() + " is not a usable archive of fiches: " + reason + "; nothing was ingested.");
    }

    public BadArchiveException(Path archive, String reason, Throwable cause) {
        super(archive.getFileName() + " is not a usable archive of fiches: " + reason + "; nothing was ingested.", cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.BAD_ARCHIVE;
    }
}
