package guichet.app.employment.eval;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Facts read against facts stated: by name and value, with a tolerance for amounts and days. */
class FactScoreTest {

    @Test
    void aRightFactCountsOnceAWrongOneAgainstBothFigures() {
        FactScore score = FactScore.of(Map.of("age", 34, "savings", 9500, "country", "gb"),
                Map.of("age", new BigDecimal("34"), "savings", new BigDecimal("9000"), "country", "gb"), Set.of());
        assertThat(score.correct()).isEqualTo(2);
        assertThat(score.held()).isEqualTo(3);
        assertThat(score.expected()).isEqualTo(3);
        assertThat(score.wrong()).containsExactly("savings=9000 (9500)");
        assertThat(score.missed()).containsExactly("savings=9500");
    }

    @Test
    void amountsWithinHalfAPercentAndDaysWithinTwoMatch() {
        assertThat(FactScore.matches("savings", 15500, new BigDecimal("15550"))).isTrue();
        assertThat(FactScore.matches("savings", 16000, new BigDecimal("16500"))).isFalse();
        assertThat(FactScore.matches("daysWorked", 520, new BigDecimal("521"))).isTrue();
        assertThat(FactScore.matches("daysWorked", 520, new BigDecimal("504"))).isFalse();
        assertThat(FactScore.matches("hoursPerWeek", 15.5, new BigDecimal("15.5"))).isTrue();
        assertThat(FactScore.matches("age", 61, new BigDecimal("62"))).isFalse();
        assertThat(FactScore.matches("country", "gb", "GB")).isTrue();
        assertThat(FactScore.matches("fullTimeEducation", false, Boolean.FALSE)).isTrue();
    }

    @Test
    void aFactNobodyStatedCountsAgainstPrecisionOnlyWhenACheckedRuleReadsIt() {
        Map<String, Object> held = Map.of("age", new BigDecimal("40"), "hoursPerWeek", new BigDecimal("30"),
                "daysWorked", new BigDecimal("520"));
        FactScore score = FactScore.of(Map.of("age", 40), held, Set.of("age", "hoursPerWeek"));
        assertThat(score.held()).isEqualTo(2);
        assertThat(score.correct()).isEqualTo(1);
        assertThat(score.wrong()).containsExactly("hoursPerWeek=30 (not stated)");
        assertThat(score.missed()).isEmpty();
    }
}
