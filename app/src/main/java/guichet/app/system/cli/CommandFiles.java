package guichet.app.system.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the files a command is given, reported as usage errors (a message and exit code 2). */
public final class CommandFiles {

    private CommandFiles() {
    }

    /** Fails with "no such file" unless {@code file} is a regular file. */
    public static void requireFile(CommandSpec spec, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + file);
        }
    }
}
