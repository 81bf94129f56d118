package guichet.knowledge;

import java.time.Instant;
import java.util.Optional;

/**
 * One collection of the index and how old its guidance is.
 *
 * @param name the collection
 * @param documents its documents
 * @param chunks the chunks they were split into
 * @param undated those whose publisher gives no date of last update
 * @param oldest the earliest last update among the dated ones, empty when none is dated
 * @param newest the latest last update, empty when none is dated
 */
public record CollectionSummary(String name, long documents, long chunks, long undated, Optional<Instant> oldest,
                                Optional<Instant> newest) {
}
