package guichet.app.ask.settings;

/** What the guidance search ranks before the passages for an answer are chosen. */
public enum RankBy {
    /** Pages, each scored from its best passages; then the best passage of each page, then the second ones (ADR 32). */
    DOCUMENT,
    /** Passages on their own, at most two from one page: the default, whose answers were as good or better (ADR 32). */
    PASSAGE
}
