package guichet.app.employment.situation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of things Guichet may remember about a citizen. A citizen can switch any of them off
 * (never remember health, for example): nothing of a switched-off category is stored afterwards.
 */
public enum Category {
    AGE, REGION, EMPLOYMENT, CONTRIBUTIONS, HEALTH, CARING, SAVINGS, EDUCATION, SKILLS, QUALIFICATIONS, GOALS,
    LANGUAGES, CONSTRAINTS;

    /** The lower-case name used in APIs and storage, e.g. "health". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Category> fromWire(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName().equals(name)).findFirst();
    }
}
