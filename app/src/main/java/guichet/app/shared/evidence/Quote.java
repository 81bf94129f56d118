package guichet.app.shared.evidence;


/**
 * A sentence of a retrieved passage, quoted verbatim.
 *
 * @param score cosine similarity between the question and the sentence (the relevance gate reads it)
 * @param order the fused ranking score it was chosen by
 */
public record Quote(Source source, String sentence, double score, double order) {
}
