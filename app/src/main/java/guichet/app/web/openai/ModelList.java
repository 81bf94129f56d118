package guichet.app.web.openai;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** OpenAI's model list. */
public record ModelList(String object, List<Model> data) {

    /** A model served here. */
    public record Model(String id, String object, long created, @JsonProperty("owned_by") String ownedBy) {
    }
}
