package guichet.models.transfer;

import guichet.models.ChecksumMismatchException;
import guichet.models.ModelEntry;
import guichet.models.ModelFile;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The waiting room of one model's files: {@code <modelsDir>/.partial/<id>/}. A file is accepted only when its
 * size and SHA-256 match the catalogue (otherwise it is deleted), and only accepted files ever move into the
 * model's folder. This class is the one place where that rule is kept. A model split in pieces keeps each piece,
 * checked on its own, in {@code verified/} until the whole file is installed.
 */
public final class Staging {

    private static final String VERIFIED = "verified";

    private final ModelEntry entry;
    private final Path dir;
    private final Path folder;
    private final Map<String, Path> accepted = new LinkedHashMap<>();

    /**
     * @param partialRoot {@code <modelsDir>/.partial}, on the same file system as {@code folder}
     * @param entry the model whose files arrive
     * @param folder the model's folder
     */
    public Staging(Path partialRoot, ModelEntry entry, Path folder) {
        this.entry = entry;
        this.dir = partialRoot.resolve(entry.id());
        this.folder = folder;
    }

    /** The model whose files arrive here. */
    public ModelEntry entry() {
        return entry;
    }

    /** The staging folder, created on first use. */
    public Path dir() throws IOException {
        return Files.createDirectories(dir);
    }

    /** Where an unverified file called {@code name} waits: {@code <dir>/<name>.part}. */
    public Path part(String name) throws IOException {
        return dir().resolve(name + ".part");
    }

    /**
     * Where a piece that passed its own check waits across tries until the model is installed:
     * {@code <dir>/verified/<name>}. Pieces are never installed themselves; {@link #commit()} deletes them and
     * {@link #abandon()} keeps them, so an interrupted pull does not fetch them again.
     */
    public Path verified(String name) {
        return dir.resolve(VERIFIED).resolve(name);
    }

    /**
     * Accepts {@code file} as the catalogued file {@code fileName} when it has the pinned size and SHA-256;
     * otherwise deletes it and throws {@link ChecksumMismatchException}.
     */
    public void accept(String fileName, Path file, String actualSha256) throws IOException {
        ModelFile expected = entry.file(fileName).orElseThrow(() ->
                new IllegalArgumentException("model " + entry.id() + " has no file " + fileName));
        if (Files.size(file) != expected.size() || !expected.sha256().equals(actualSha256)) {
            Files.deleteIfExists(file);
            throw new ChecksumMismatchException(fileName + " of model " + entry.id(), expected.sha256(), actualSha256);
        }
        accepted.put(fileName, file);
    }

    /** True when every file of the model has been accepted. */
    public boolean complete() {
        return accepted.keySet().containsAll(entry.files().stream().map(ModelFile::name).toList());
    }

    /** Moves every accepted file into the model's folder and returns where each landed. */
    public Map<String, Path> commit() throws IOException {
        Map<String, Path> installed = new LinkedHashMap<>();
        Files.createDirectories(folder);
        for (Map.Entry<String, Path> file : accepted.entrySet()) {
            Path target = folder.resolve(file.getKey());
            moveIntoPlace(file.getValue(), target);
            installed.put(file.getKey(), target);
        }
        accepted.clear();
        deleteVerifiedPieces();
        removeDirIfEmpty();
        return installed;
    }

    /** Deletes every accepted file; what was downloaded but not yet accepted stays, so a later try can resume. */
    public void abandon() {
        for (Path file : accepted.values()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Best effort: a leftover .part is never installed and is overwritten by the next try.
            }
        }
        accepted.clear();
        removeDirIfEmpty();
    }

    /** Best effort: the model is installed by now, and a leftover piece is only disk space. */
    private void deleteVerifiedPieces() {
        Path pieces = dir.resolve(VERIFIED);
        if (!Files.isDirectory(pieces)) {
            return;
        }
        try (Stream<Path> files = Files.list(pieces)) {
            for (Path piece : files.toList()) {
                Files.deleteIfExists(piece);
            }
        } catch (IOException e) {
            // Left for the operator; never read again once the model is installed.
        }
    }

    private void removeDirIfEmpty() {
        try {
            Files.deleteIfExists(dir.resolve(VERIFIED));
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            // Holds a resumable download or verified pieces.
        } catch (IOException e) {
            // Best effort only.
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // The model folder is on another file system (a mount inside the models directory):
            // copy beside the target, then rename there, so a reader never sees half a file.
            Path beside = to.resolveSibling("." + to.getFileName() + ".part");
            Files.copy(from, beside, StandardCopyOption.REPLACE_EXISTING);
            Files.move(beside, to, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(from);
        }
    }
}
