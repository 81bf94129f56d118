package guichet.app.ask.pipeline;

/**
 * What one stage did for one answer.
 *
 * @param stage the stage's name
 * @param millis how long it took
 * @param outcome "passed", or the status it stopped with
 * @param detail a short note (label chosen, passages found, check failed...), never personal data
 * @param promptTokens model tokens read, 0 when the stage used no model
 * @param completionTokens model tokens written
 * @param modelId the model used, empty when none
 * @param modelSha256 its catalogue checksum
 */
public record TraceEntry(String stage, long millis, String outcome, String detail, int promptTokens,
                         int completionTokens, String modelId, String modelSha256) {
}
