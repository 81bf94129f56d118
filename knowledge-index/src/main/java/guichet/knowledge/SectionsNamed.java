package guichet.knowledge;

import java.util.List;

/**
 * The passages whose document title or headings hold a phrase: how many, and the titles and headings
 * of the first of them as written (capitals kept), where the phrase can be read as the guidance writes it.
 */
public record SectionsNamed(int passages, List<String> labels) {

    /** Passages whose titles and headings are read. */
    public static final int MOST_LABELLED = 10;

    public SectionsNamed {
        labels = List.copyOf(labels);
    }
}
