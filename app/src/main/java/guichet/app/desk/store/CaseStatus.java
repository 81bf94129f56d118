package guichet.app.desk.store;

/** Where a case stands. */
public enum CaseStatus {
    /** Stored, not analysed yet (or its analysis failed and will be retried). */
    RECEIVED,
    /** Summarised, labelled and drafted: waiting for an officer. */
    TRIAGED,
    /** An officer approved a reply. */
    REPLIED,
    /** Nothing more to do. */
    CLOSED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
