package guichet.app.system.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes secrets (keys, tokens) so that only the file's owner can read them, and a reader never sees half a file. */
public final class OwnerOnlyFile {

    private OwnerOnlyFile() {
    }

    /**
     * Replaces {@code file} with {@code bytes}: written to a sibling created {@code rw-------} (where the file system
     * has POSIX permissions), then moved over the file.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temporary);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot write " + temporary + ": it appeared while it was being written", e);
        }
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
