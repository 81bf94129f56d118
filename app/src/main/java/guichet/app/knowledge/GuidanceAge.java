package guichet.app.knowledge;

import guichet.knowledge.CollectionSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How old a page of guidance is: the day its publisher last updated it, and whether that is longer ago than
 * {@code guichet.knowledge.stale-after}, so that old guidance is never presented as current (ADR 29).
 */
@Component
public class GuidanceAge {

    /**
     * The readers record a publisher's date-only update ("modified 2020-07-30") as the start of that day in Paris
     * (service-public, travail-emploi); read back in that zone, it gives the publisher's day. GOV.UK times are UK
     * times, an hour behind: only an update in the last hour of a UK day would show as the next day.
     */
    private static final ZoneId PUBLISHERS_ZONE = ZoneId.of("Europe/Paris");

    private final Period staleAfter;
    private final Clock clock;

    @Autowired
    public GuidanceAge(KnowledgeProperties properties, Clock clock) {
        this(properties.staleAfter(), clock);
    }

    /** @param staleAfter the age beyond which guidance is old */
    public GuidanceAge(Period staleAfter, Clock clock) {
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    /** The publisher's day of a last update. */
    public static LocalDate dayOf(Instant updated) {
        return updated.atZone(PUBLISHERS_ZONE).toLocalDate();
    }

    /** "5 November 2020", "5 novembre 2020": the day as a citizen reads it in {@code language} (en or fr). */
    public static String format(LocalDate day, String language) {
        Locale locale = language != null && language.startsWith("fr") ? Locale.FRANCE : Locale.UK;
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /** True when guidance last updated on {@code day} is older than the configured age. */
    public boolean isOld(LocalDate day) {
        return day.plus(staleAfter).isBefore(today());
    }

    /** How old a collection's guidance is, by its oldest and newest last update. */
    public enum Freshness {
        /** Even the oldest is within the configured age. */
        CURRENT,
        /** Some of it is older. */
        PARTLY_OLD,
        /** Even the newest is older. */
        OLD,
        /** Its publisher gives no dates. */
        UNDATED
    }

    /** How old {@code collection}'s guidance is. */
    public Freshness freshness(CollectionSummary collection) {
        if (collection.newest().isEmpty()) {
            return Freshness.UNDATED;
        }
        if (isOld(dayOf(collection.newest().get()))) {
            return Freshness.OLD;
        }
        return collection.oldest().map(GuidanceAge::dayOf).filter(this::isOld).isPresent()
                ? Freshness.PARTLY_OLD : Freshness.CURRENT;
    }

    /** The age beyond which guidance is old. */
    public Period staleAfter() {
        return staleAfter;
    }

    /** Today, in the publishers' zone. */
    public LocalDate today() {
        return clock.instant().atZone(PUBLISHERS_ZONE).toLocalDate();
    }

    /** The age in whole months, for texts ("12"). */
    public long staleAfterMonths() {
        return staleAfter.toTotalMonths() + (staleAfter.getDays() > 0 ? 1 : 0);
    }
}
