package guichet.app.desk.store;

/** The labels every case carries. */
public enum LabelName {
    URGENCY, CATEGORY;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static LabelName of(String id) {
        return valueOf(id.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
