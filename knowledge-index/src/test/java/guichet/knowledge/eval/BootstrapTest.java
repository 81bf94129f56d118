package guichet.knowledge.eval;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class BootstrapTest {

    /** Strict correctness as on the development set: 80 answerable questions, 54 right, 21 questions not concerned. */
    private static final long[] COUNTS = concat(fill(54, 1), fill(26, 0), fill(21, 0));
    private static final long[] TOTALS = concat(fill(80, 1), fill(21, 0));

    @Test
    void givesTheSameIntervalEveryTimeWithTheSameSeed() {
        var first = new Bootstrap(1000, 7).ratio(COUNTS, TOTALS);
        var second = new Bootstrap(1000, 7).ratio(COUNTS, TOTALS);

        assertThat(first).isEqualTo(second);
        assertThat(Bootstrap.STANDARD.ratio(COUNTS, TOTALS)).isEqualTo(Bootstrap.STANDARD.ratio(COUNTS, TOTALS));
        assertThat(new Bootstrap(1000, 8).ratio(COUNTS, TOTALS)).isNotEqualTo(first);
    }

    @Test
    void containsThePointEstimate() {
        double point = 54.0 / 80;

        Bootstrap.Interval interval = Bootstrap.STANDARD.ratio(COUNTS, TOTALS).orElseThrow();

        assertThat(interval.low()).isLessThan(point);
        assertThat(interval.high()).isGreaterThan(point);
        // Binomial standard error sqrt(p(1-p)/n) is 0.052: a 95% interval about ±0.10 wide.
        assertThat(interval.high() - interval.low()).isBetween(0.15, 0.26);
    }

    @Test
    void keyFactCoverageWeighsEachQuestionByItsFacts() {
        long[] found = {2, 1, 0, 1, 3, 1};
        long[] expected = {2, 2, 1, 1, 3, 1};

        Bootstrap.Interval interval = Bootstrap.STANDARD.ratio(found, expected).orElseThrow();

        assertThat(interval.low()).isLessThanOrEqualTo(8.0 / 10);
        assertThat(interval.high()).isGreaterThanOrEqualTo(8.0 / 10).isLessThanOrEqualTo(1.0);
    }

    @Test
    void anAllCorrectSetGivesOneToOne() {
        assertThat(Bootstrap.STANDARD.ratio(fill(14, 1), fill(14, 1)))
                .contains(new Bootstrap.Interval(1.0, 1.0));
    }

    @Test
    void givesNoIntervalWhenNoQuestionIsConcerned() {
        assertThat(Bootstrap.STANDARD.ratio(fill(5, 0), fill(5, 0))).isEmpty();
        assertThat(Bootstrap.STANDARD.ratio(new long[0], new long[0])).isEmpty();
    }

    @Test
    void theMeanOfHitsAgreesWithTheRatioOfTheSameHits() {
        double[] hits = Arrays.stream(concat(fill(54, 1), fill(26, 0))).asDoubleStream().toArray();

        assertThat(Bootstrap.STANDARD.mean(hits)).isEqualTo(Bootstrap.STANDARD.ratio(concat(fill(54, 1), fill(26, 0)),
                fill(80, 1)));
    }

    @Test
    void theMeanOfReciprocalRanksHasAnIntervalAroundIt() {
        // 40 questions found first, 20 second, 20 fifth, 20 not found: MRR (40 + 10 + 4) / 100 = 0.54.
        double[] ranks = new double[100];
        Arrays.fill(ranks, 0, 40, 1.0);
        Arrays.fill(ranks, 40, 60, 0.5);
        Arrays.fill(ranks, 60, 80, 0.2);

        Bootstrap.Interval interval = Bootstrap.STANDARD.mean(ranks).orElseThrow();

        assertThat(interval.low()).isBetween(0.44, 0.54);
        assertThat(interval.high()).isBetween(0.54, 0.64);
        assertThat(Bootstrap.STANDARD.mean(new double[0])).isEmpty();
    }

    private static long[] fill(int n, long value) {
        long[] values = new long[n];
        Arrays.fill(values, value);
        return values;
    }

    private static long[] concat(long[]... parts) {
        return Arrays.stream(parts).flatMapToLong(Arrays::stream).toArray();
    }
}
