package guichet.models;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What re-hashing an installed model found, file by file.
 *
 * @param entry the entry checked
 * @param files one check per catalogued file, in catalogue order
 */
public record VerifyReport(ModelEntry entry, List<FileCheck> files) {

    /** The verdict on one file. */
    public enum Status {
        OK,
        MISSING,
        WRONG_SIZE,
        CHECKSUM_MISMATCH
    }

    /**
     * One file's verdict.
     *
     * @param name the catalogued file name
     * @param path where it should be
     * @param status the verdict
     * @param expectedSize the catalogued size
     * @param actualSize its size on disk, -1 when missing
     * @param expectedSha256 the catalogued SHA-256
     * @param actualSha256 its SHA-256, present only when it was hashed (right size)
     */
    public record FileCheck(String name, Path path, Status status, long expectedSize, long actualSize,
                            String expectedSha256, Optional<String> actualSha256) {
    }

    public VerifyReport {
        files = List.copyOf(files);
    }

    /** True when every file is present with the catalogued content. */
    public boolean ok() {
        return files.stream().allMatch(f -> f.status() == Status.OK);
    }

    /** The files that are not OK. */
    public List<FileCheck> problems() {
        return files.stream().filter(f -> f.status() != Status.OK).toList();
    }
}
