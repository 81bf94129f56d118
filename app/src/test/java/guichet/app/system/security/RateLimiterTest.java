package guichet.app.system.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    @Test
    void allowsTheCapacityThenSaysWhenToComeBack() {
        RateLimiter limiter = new RateLimiter();
        for (int i = 0; i < 3; i++) {
            RateLimiter.Decision decision = limiter.tryConsume("citizen:a", 3, Duration.ofMinutes(1));
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(2 - i);
        }
        RateLimiter.Decision refused = limiter.tryConsume("citizen:a", 3, Duration.ofMinutes(1));

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(limiter.tryConsume("citizen:b", 3, Duration.ofMinutes(1)).allowed()).isTrue();
    }

    @Test
    void dropsBucketsThatRefilled() throws Exception {
        RateLimiter limiter = new RateLimiter();
        limiter.tryConsume("client:x", 5, Duration.ofMillis(20));
        Thread.sleep(50);

        limiter.dropIdle();

        assertThat(limiter.tracked()).isZero();
    }
}
