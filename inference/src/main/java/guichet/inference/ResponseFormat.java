package guichet.inference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What shape the model's output must take: free text, JSON of a schema, or a GBNF grammar. */
public sealed interface ResponseFormat {

    /** Free text. */
    ResponseFormat TEXT = new Text();

    /** Free text, no constraint. */
    record Text() implements ResponseFormat {
    }

    /** JSON conforming to a JSON Schema; the engine constrains sampling so the output parses. */
    record JsonSchema(JsonNode schema) implements ResponseFormat {
        public JsonSchema {
            if (schema == null || !schema.isObject()) {
                throw new InvalidRequestException("a JSON schema must be a JSON object");
            }
        }

        /** Parses a schema given as text; malformed JSON is an {@link InvalidRequestException}. */
        public static JsonSchema parse(String schemaJson) {
            try {
                return new JsonSchema(new ObjectMapper().readTree(schemaJson));
            } catch (JsonProcessingException e) {
                throw new InvalidRequestException("the JSON schema is not valid JSON: " + e.getOriginalMessage());
            }
        }
    }

    /** Output constrained by a llama.cpp GBNF grammar (only the in-process engine supports it). */
    record Grammar(String gbnf) implements ResponseFormat {
        public Grammar {
            if (gbnf == null || gbnf.isBlank()) {
                throw new InvalidRequestException("a grammar must not be empty");
            }
        }
    }
}
