package guichet.app.employment.agent;

import guichet.app.ask.pipeline.Citation;
import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.employment.memory.MemoryItem;

import java.util.List;
import java.util.Map;

/**
 * One turn of the journey, as the API returns it.
 *
 * @param conversationId the conversation
 * @param messageId the id of the stored reply
 * @param reply what the citizen reads
 * @param toolCalls each tool call with its arguments and typed result
 * @param citations the guidance the reply rests on
 * @param remembered memory items stored or updated from this message
 * @param trace every step: the model's choices and the tool calls
 * @param understood the facts of the situation the journey holds after this message, by name (numbers,
 *                   booleans, texts, lists)
 * @param asked the fact the reply asks the citizen for, or null when it asks nothing
 * @param status how the turn ended: "answered", "clarification" (nothing in the message to act on) or
 *               "error" (a step failed; the message is kept and the citizen is asked to try again)
 */
public record JourneyTurn(String conversationId, String messageId, String reply, List<ToolCall> toolCalls,
                          List<Citation> citations, List<MemoryItem> remembered, List<TraceEntry> trace,
                          Map<String, Object> understood, String asked, String status) {

    /** A tool call and its result. */
    public record ToolCall(String tool, Object arguments, String status, String text, Object result) {
    }
}
