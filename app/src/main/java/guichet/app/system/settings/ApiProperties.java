package guichet.app.system.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of the HTTP APIs (conversations, search, OpenAI-compatible).
 *
 * @param maxConcurrentAnswers questions answered at once over all APIs; more get 429 with
 *                             Retry-After at once (the engine's own slots and queue sit behind)
 * @param busyRetryAfter the Retry-After given when {@code maxConcurrentAnswers} are running
 * @param streamStartWait how long a streamed request may wait for its first piece before the response
 *                        is committed: failures until then (429, 503...) are real HTTP statuses,
 *                        later ones an {@code error} event. Long by default: admission is decided
 *                        before the first piece, even when the stages before the model are slow.
 * @param streamTimeout longest a streamed answer may take
 * @param maxConversationsListed most conversations a list returns
 * @param maxSearchResults largest {@code k} a search may ask for
 * @param maxEmbeddingInputs most texts one embeddings request may carry
 * @param maxEmbeddingInputCharacters longest text an embeddings request may carry
 * @param allowUngrounded let API clients send {@code "grounded": false} to {@code /v1/chat/completions}
 *                        and talk to the chat model directly, without the knowledge base or checks
 */
@Validated
@ConfigurationProperties("guichet.api")
public record ApiProperties(@DefaultValue("24") @Min(1) int maxConcurrentAnswers,
                            @DefaultValue("5s") Duration busyRetryAfter,
                            @DefaultValue("2m") Duration streamStartWait,
                            @DefaultValue("10m") Duration streamTimeout,
                            @DefaultValue("50") @Min(1) @Max(1000) int maxConversationsListed,
                            @DefaultValue("50") @Min(1) @Max(200) int maxSearchResults,
                            @DefaultValue("128") @Min(1) int maxEmbeddingInputs,
                            @DefaultValue("8192") @Min(1) int maxEmbeddingInputCharacters,
                            @DefaultValue("true") boolean allowUngrounded) {
}
