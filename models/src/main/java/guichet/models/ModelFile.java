package guichet.models;

import java.util.Objects;

/**
 * One file of a model, as the catalogue pins it.
 *
 * @param name plain file name inside the model's folder
 * @param size exact size in bytes
 * @param sha256 lower-case hexadecimal SHA-256 of the content
 */
public record ModelFile(String name, long size, String sha256) {

    public ModelFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }
}
