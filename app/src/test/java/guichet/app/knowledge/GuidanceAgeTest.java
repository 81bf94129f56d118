package guichet.app.knowledge;

import guichet.knowledge.CollectionSummary;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The publishers' days and the age of guidance, on 7 December 2026 with the default age of 12 months. */
class GuidanceAgeTest {

    private final GuidanceAge age = new GuidanceAge(Period.ofMonths(12),
            Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void aFicheDatedByDayIsReadOnThatDayInParisWhateverTheServersZone() {
        // "modified 2020-10-19" is recorded as midnight in Paris, 22:00 the day before in UTC
        assertThat(GuidanceAge.dayOf(Instant.parse("2020-10-18T22:00:00Z"))).isEqualTo(LocalDate.of(2020, 10, 19));
        assertThat(GuidanceAge.dayOf(Instant.parse("2024-10-30T09:00:00Z"))).isEqualTo(LocalDate.of(2024, 10, 30));
    }

    @Test
    void guidanceIsOldOnlyOnceMoreThanTheConfiguredAgeHasPassed() {
        assertThat(age.isOld(LocalDate.of(2025, 12, 7))).isFalse();
        assertThat(age.isOld(LocalDate.of(2025, 12, 6))).isTrue();
        assertThat(age.isOld(LocalDate.of(2020, 10, 19))).isTrue();
        assertThat(age.staleAfterMonths()).isEqualTo(12);
    }

    @Test
    void daysAreWrittenAsCitizensReadThemInEnglishAndFrench() {
        assertThat(GuidanceAge.format(LocalDate.of(2020, 11, 5), "en")).isEqualTo("5 November 2020");
        assertThat(GuidanceAge.format(LocalDate.of(2020, 11, 5), "fr")).isEqualTo("5 novembre 2020");
    }

    @Test
    void aCollectionIsOldPartlyOldCurrentOrUndatedByItsOldestAndNewestGuidance() {
        Instant fiche2020 = Instant.parse("2020-10-18T22:00:00Z");
        Instant page2026 = Instant.parse("2026-06-01T09:00:00Z");

        assertThat(age.freshness(summary(fiche2020, fiche2020))).isEqualTo(GuidanceAge.Freshness.OLD);
        assertThat(age.freshness(summary(fiche2020, page2026))).isEqualTo(GuidanceAge.Freshness.PARTLY_OLD);
        assertThat(age.freshness(summary(page2026, page2026))).isEqualTo(GuidanceAge.Freshness.CURRENT);
        assertThat(age.freshness(new CollectionSummary("ministry", 2, 5, 2, Optional.empty(), Optional.empty())))
                .isEqualTo(GuidanceAge.Freshness.UNDATED);
    }

    private static CollectionSummary summary(Instant oldest, Instant newest) {
        return new CollectionSummary("service-public", 2, 5, 0, Optional.of(oldest), Optional.of(newest));
    }
}
