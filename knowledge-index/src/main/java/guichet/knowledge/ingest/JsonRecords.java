package guichet.knowledge.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Reads a JSON file holding one record or an array of records, record by record: a record that is
 * not what the reader expects is skipped on its own, and a file broken in the middle still gives
 * the records before the break.
 */
final class JsonRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRecords() {
    }

    static Stream<ReadOutcome> read(String source, byte[] content, BiFunction<String, JsonNode, ReadOutcome> reader) {
        String text;
        try {
            text = Texts.utf8(content);
        } catch (Texts.NotUtf8Exception e) {
            return Stream.of(ReadOutcome.skipped(source, e.getMessage()));
        }
        List<ReadOutcome> outcomes = new ArrayList<>();
        int index = 0;
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode node = MAPPER.readTree(parser);
                    outcomes.add(safely(source + "[" + index + "]", node, reader));
                    index++;
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    outcomes.add(ReadOutcome.skipped(source + "[" + index + "]",
                            "expected a JSON object, found " + parser.currentToken()));
                }
            } else if (first == JsonToken.START_OBJECT) {
                outcomes.add(safely(source, MAPPER.readTree(parser), reader));
            } else {
                outcomes.add(ReadOutcome.skipped(source, "not a JSON object or array"));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String what = index == 0 ? source : source + " from record " + index;
            outcomes.add(ReadOutcome.skipped(what, "broken JSON" + where + ": " + e.getOriginalMessage()
                    + " (the records before it were read)"));
        } catch (IOException e) {
            outcomes.add(ReadOutcome.skipped(source, "unreadable: " + e.getMessage()));
        }
        return outcomes.stream();
    }

    private static ReadOutcome safely(String name, JsonNode node, BiFunction<String, JsonNode, ReadOutcome> reader) {
        try {
            return reader.apply(name, node);
        } catch (RuntimeException e) {
            return ReadOutcome.skipped(name, "unexpected content: " + e.getMessage());
        }
    }
}
