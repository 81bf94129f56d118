package guichet.app.system.cli;

import guichet.inference.EngineUnavailableException;
import guichet.inference.InvalidRequestException;
import guichet.inference.InvalidSettingsException;
import guichet.inference.ModelFileException;
import guichet.inference.OverloadedException;
import guichet.knowledge.EmbedderMismatchException;
import guichet.knowledge.InvalidKnowledgeSettingsException;
import guichet.knowledge.InvalidQueryException;
import guichet.knowledge.UnknownFormatException;
import guichet.models.ChecksumMismatchException;
import guichet.models.ImportRejectedException;
import guichet.models.InvalidCatalogueException;
import guichet.models.SourceUnavailableException;
import guichet.models.UnknownModelException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.validation.FieldError;

import java.sql.SQLException;
import java.util.stream.Collectors;

/** Maps failures to one line an operator can act on, and to an exit code. The CLI never prints a stack trace. */
public final class CliErrors {

    private CliErrors() {
    }

    /** H2's "Database may be already in use": another process holds the database file. */
    private static final int DATABASE_IN_USE = 90020;

    /** The sentence to print. */
    public static String describe(Throwable error) {
        if (databaseInUse(error)) {
            return "the database is in use by another process, most likely a running Guichet server on the same "
                    + "guichet.home: stop it first (only 'guichet keys' goes through a running server)";
        }
        Throwable cause = rootKnown(error);
        if (cause instanceof BindValidationException validation) {
            return "invalid settings: " + validation.getValidationErrors().getAllErrors().stream()
                    .map(e -> e instanceof FieldError field
                            ? field.getObjectName() + "." + field.getField() + " " + field.getDefaultMessage()
                            : e.getDefaultMessage())
                    .collect(Collectors.joining("; "));
        }
        if (cause instanceof BindException bind) {
            return "invalid setting " + bind.getName() + ": "
                    + (bind.getCause() == null ? bind.getMessage() : bind.getCause().getMessage());
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /** The exit code for a failure. */
    public static int exitCode(Throwable error) {
        if (databaseInUse(error)) {
            return ExitCode.UNAVAILABLE.code();
        }
        Throwable cause = rootKnown(error);
        ExitCode code = switch (cause) {
            case ModelFileException e -> ExitCode.MODEL_FILE;
            case ImportRejectedException e -> ExitCode.MODEL_FILE;
            case ChecksumMismatchException e -> ExitCode.CHECKSUM_MISMATCH;
            case SourceUnavailableException e -> ExitCode.UNAVAILABLE;
            case EngineUnavailableException e -> ExitCode.UNAVAILABLE;
            case OverloadedException e -> ExitCode.OVERLOADED;
            case CommandFailure e -> e.exitCode();
            case UnknownModelException e -> ExitCode.USAGE;
            case InvalidRequestException e -> ExitCode.USAGE;
            case InvalidQueryException e -> ExitCode.USAGE;
            case UnknownFormatException e -> ExitCode.USAGE;
            case InvalidKnowledgeSettingsException e -> ExitCode.SETTINGS;
            case EmbedderMismatchException e -> ExitCode.SETTINGS;
            case InvalidSettingsException e -> ExitCode.SETTINGS;
            case InvalidCatalogueException e -> ExitCode.SETTINGS;
            case BindException e -> ExitCode.SETTINGS;
            case BindValidationException e -> ExitCode.SETTINGS;
            default -> ExitCode.FAILURE;
        };
        return code.code();
    }

    private static boolean databaseInUse(Throwable error) {
        for (Throwable t = error; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_IN_USE) {
                return true;
            }
        }
        return false;
    }

    /** The innermost exception Guichet knows how to explain, or the outermost one. */
    private static Throwable rootKnown(Throwable error) {
        Throwable known = null;
        for (Throwable t = error; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof guichet.inference.InferenceException || t instanceof guichet.models.ModelsException
                    || t instanceof guichet.knowledge.KnowledgeException || t instanceof CommandFailure
                    || t instanceof BindValidationException || (t instanceof BindException && known == null)) {
                known = t;
            }
        }
        return known != null ? known : error;
    }
}
