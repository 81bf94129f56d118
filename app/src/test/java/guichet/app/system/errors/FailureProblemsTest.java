package guichet.app.system.errors;

import guichet.app.ask.api.UnknownConversationException;
import guichet.inference.EngineUnavailableException;
import guichet.inference.InvalidRequestException;
import guichet.inference.OverloadedException;
import guichet.inference.PromptTooLongException;
import guichet.knowledge.InvalidQueryException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureProblemsTest {

    private final FailureProblems failures = new FailureProblems(Duration.ofSeconds(30));

    @Test
    void mapsEachNamedFailureOnce() {
        assertMapped(new UnknownConversationException("no"), 404, "unknown_conversation", null);
        assertMapped(new PromptTooLongException(3000, 2048), 413, "prompt_too_long", null);
        assertMapped(new InvalidRequestException("bad schema"), 400, "invalid_request", null);
        assertMapped(new InvalidQueryException("k"), 400, "invalid_query", null);
        assertMapped(new OverloadedException("full", Duration.ofMillis(2500)), 429, "overloaded", Duration.ofMillis(2500));
        assertMapped(new EngineUnavailableException("loading"), 503, "unavailable", Duration.ofSeconds(30));
    }

    @Test
    void anythingElseIsAGeneric500() {
        FailureProblems.Mapped mapped = failures.of(new IllegalStateException("secret internals at /srv/x"));

        assertThat(mapped.problem().getStatus()).isEqualTo(500);
        assertThat(mapped.problem().getDetail()).doesNotContain("secret", "/srv");
        assertThat(failures.isNamed(new IllegalStateException())).isFalse();
    }

    @Test
    void looksInsideFutureWrappers() {
        assertThat(failures.of(new CompletionException(new OverloadedException("full", Duration.ofSeconds(1))))
                .problem().getStatus()).isEqualTo(429);
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertThat(Problems.retryAfterSeconds(Duration.ofMillis(2001))).isEqualTo(3);
        assertThat(Problems.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
    }

    private void assertMapped(RuntimeException e, int status, String code, Duration retryAfter) {
        FailureProblems.Mapped mapped = failures.of(e);
        assertThat(mapped.problem().getStatus()).isEqualTo(status);
        assertThat(Problems.code(mapped.problem())).isEqualTo(code);
        assertThat(mapped.retryAfter()).isEqualTo(retryAfter);
    }
}
