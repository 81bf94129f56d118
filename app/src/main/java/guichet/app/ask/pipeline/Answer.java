package guichet.app.ask.pipeline;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The outcome of one question: what the citizen sees and how it was made.
 *
 * @param text the reply
 * @param status how it ended
 * @param language the reply's language
 * @param citations the sections it stands on
 * @param modelId the chat model, when one was used
 * @param modelSha256 its checksum
 * @param totalMillis end-to-end time
 * @param firstTokenMillis time to the first streamed piece, -1 when nothing streamed
 * @param trace one entry per stage that ran
 * @param redactedQuestion the question as stored (personal data replaced)
 * @param relevance the score the relevance gate read, empty when the answer stopped before the gate
 * @param completeness for an answer, "complete" or "partial" (the guidance covers only part of the
 *                     question); "" otherwise
 */
public record Answer(String text, AnswerStatus status, String language, List<Citation> citations, String modelId,
                     String modelSha256, long totalMillis, long firstTokenMillis, List<TraceEntry> trace,
                     String redactedQuestion, OptionalDouble relevance, String completeness) {

    public Answer {
        citations = List.copyOf(citations);
        trace = List.copyOf(trace);
        relevance = relevance == null ? OptionalDouble.empty() : relevance;
        completeness = status == AnswerStatus.ANSWERED && completeness != null ? completeness : "";
    }

    /** An answer that went through no relevance gate and whose completeness was not judged (the journey agent's). */
    public Answer(String text, AnswerStatus status, String language, List<Citation> citations, String modelId,
                  String modelSha256, long totalMillis, long firstTokenMillis, List<TraceEntry> trace,
                  String redactedQuestion) {
        this(text, status, language, citations, modelId, modelSha256, totalMillis, firstTokenMillis, trace,
                redactedQuestion, OptionalDouble.empty(), "");
    }
}
