package guichet.inference.remote;

/** How a remote pool wants a JSON schema for constrained output; servers differ. */
public enum StructuredOutputStyle {
    /** {@code response_format: {type: json_schema, json_schema: {schema}}}: OpenAI, vLLM, llama.cpp's llama-server. */
    JSON_SCHEMA,
    /** {@code response_format: {type: json_object, schema}}: llama-cpp-python's server. */
    JSON_OBJECT_WITH_SCHEMA
}
