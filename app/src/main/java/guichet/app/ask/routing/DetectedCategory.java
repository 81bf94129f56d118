package guichet.app.ask.routing;

/**
 * A category a {@link CategoryDetector} can find, as listed in its categories file.
 *
 * @param id lower-case letters; rules whose id starts with it ({@code suicide_...}) belong to it
 * @param margin how far the category's examples must score above the "none" examples, for one
 *               sentence of the message, to count (e5 scale: only differences mean anything)
 * @param alongsideOnly counted only when another category is found too
 * @param answerAfter for crises: whether a question in the same message is answered after the reply
 */
public record DetectedCategory(String id, double margin, boolean alongsideOnly, boolean answerAfter) {

    public DetectedCategory {
        if (id == null || !id.matches("[a-z]+")) {
            throw new IllegalArgumentException("a category id is lower-case letters: " + id);
        }
        if (margin < 0) {
            throw new IllegalArgumentException("category " + id + ": margin must not be negative");
        }
    }
}
