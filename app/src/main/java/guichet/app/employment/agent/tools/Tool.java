package guichet.app.employment.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Something the agent can do. The model picks a tool and fills its arguments under the JSON schema
 * the tool gives (its allowed values already narrowed to this citizen); the app checks the
 * arguments again and runs the tool, which returns a typed result the citizen is shown.
 */
public interface Tool {

    /** The name the model writes, e.g. "check_eligibility". */
    String name();

    /** The JSON schema of the arguments, narrowed to what is valid for this context and planned call. */
    ObjectNode argumentSchema(ToolContext context, JsonNode planned);

    /**
     * Runs the tool.
     *
     * @throws InvalidArgumentsException when the arguments are not valid (the agent explains it)
     */
    ToolResult run(JsonNode arguments, ToolContext context);

    /** Arguments the app refuses. */
    final class InvalidArgumentsException extends IllegalArgumentException {
        public InvalidArgumentsException(String message) {
            super(message);
        }
    }
}
