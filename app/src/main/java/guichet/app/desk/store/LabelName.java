package guichet.app.desk.store;

/**
 * The labels every case carries: its urgency, its category and its secondary category (another topic
 * of mixed mail, or {@link #NONE}).
 */
public enum LabelName {
    URGENCY, CATEGORY, SECONDARY;

    /** The value of a secondary category when the message has one topic only. */
    public static final String NONE = "none";

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static LabelName of(String id) {
        return valueOf(id.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
