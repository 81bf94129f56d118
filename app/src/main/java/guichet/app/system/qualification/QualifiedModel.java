package guichet.app.system.qualification;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The chat model a report speaks for: a different file under the same name is a different model.
 *
 * @param id catalogue id, file name ({@code guichet.models.chat-file}) or the remote pool's model name
 * @param sha256 the file's SHA-256, empty for a remote pool (whose weights Guichet cannot see)
 * @param backend {@code local} or {@code remote}
 */
public record QualifiedModel(@JsonProperty("id") String id, @JsonProperty("sha256") String sha256,
                             @JsonProperty("backend") String backend) {

    /** How the model is named in messages. */
    String describe() {
        return sha256.isEmpty() ? id + " (" + backend + ")" : id + " (sha256 " + sha256.substring(0, 12) + "…)";
    }
}
