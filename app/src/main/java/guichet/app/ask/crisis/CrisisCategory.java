package guichet.app.ask.crisis;

/**
 * A kind of crisis with its own reply, as listed in {@code routing/crisis/categories.json}.
 *
 * @param id "suicide", "abuse", "child", "medical", "hunger", "homeless", "threat", "young"...
 * @param answerAfter whether a service question in the same message is answered after the crisis reply
 * @param alongsideOnly counted only when another category is found too
 * @param margin how far the category's examples must score above the "none" examples to count
 */
public record CrisisCategory(String id, boolean answerAfter, boolean alongsideOnly, double margin) {

    public CrisisCategory {
        if (id == null || !id.matches("[a-z]+")) {
            throw new IllegalArgumentException("a crisis category id is lower-case letters: " + id);
        }
        if (margin < 0) {
            throw new IllegalArgumentException("crisis category " + id + ": margin must not be negative");
        }
    }
}
