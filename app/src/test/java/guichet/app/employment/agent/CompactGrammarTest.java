package guichet.app.employment.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tool-call schema as a whitespace-free grammar. */
class CompactGrammarTest {

    @Test
    void writesEveryAllowedDocument() throws Exception {
        var schema = new ObjectMapper().readTree("""
                {"anyOf": [
                  {"type": "object", "properties": {"tool": {"type": "string", "enum": ["book_appointment"]},
                   "arguments": {"type": "object", "properties": {"slot": {"type": "string", "enum": ["1", "2"]}},
                                 "required": ["slot"]}}, "required": ["tool", "arguments"]},
                  {"type": "object", "properties": {"tool": {"type": "string", "enum": ["search_jobs"]},
                   "arguments": {"type": "object", "properties": {}, "required": []}}, "required": ["tool", "arguments"]}]}""");
        assertThat(CompactGrammar.of(schema)).hasValue("root ::= (\"{\" \"\\\"tool\\\":\" (\"\\\"book_appointment\\\"\") "
                + "\",\\\"arguments\\\":\" \"{\" \"\\\"slot\\\":\" (\"\\\"1\\\"\" | \"\\\"2\\\"\") \"}\" \"}\" | "
                + "\"{\" \"\\\"tool\\\":\" (\"\\\"search_jobs\\\"\") \",\\\"arguments\\\":\" \"{\" \"}\" \"}\")\n");
    }

    @Test
    void refusesWhatItCannotWriteOut() throws Exception {
        var free = new ObjectMapper().readTree("{\"type\": \"object\", \"properties\": {\"q\": {\"type\": \"string\"}}, "
                + "\"required\": [\"q\"]}");
        assertThat(CompactGrammar.of(free)).isEmpty();
    }

    @Test
    void aSchemaWithOneValueEverywhereLeavesNoChoice() throws Exception {
        var forced = new ObjectMapper().readTree("{\"type\": \"object\", \"properties\": {\"benefit\": {\"enum\": [\"cpf\"]}}}");
        var open = new ObjectMapper().readTree("{\"type\": \"object\", \"properties\": {\"slot\": {\"enum\": [\"1\", \"2\"]}}}");
        assertThat(ToolChooser.hasChoice(forced)).isFalse();
        assertThat(ToolChooser.hasChoice(open)).isTrue();
    }
}
