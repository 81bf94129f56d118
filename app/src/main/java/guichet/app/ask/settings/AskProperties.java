package guichet.app.ask.settings;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of the citizen assistant.
 *
 * @param historyTurns earlier turns used to understand a follow-up question
 * @param rephraseWithModel let the chat model rewrite follow-ups (worth it with a larger model);
 *                          otherwise a follow-up is joined to the previous question
 * @param passages passages retrieved per question
 * @param rankBy whether those passages come from a ranking of pages or of passages (ADR 32)
 * @param pages by page: the pages whose passages are offered, the best passage of each first
 * @param quotes decisive sentences quoted in an answer
 * @param minRelevance least cosine similarity between the question and the best quoted sentence, read
 *                     after its page title and headings (ADR 19), for
 *                     the guidance to count as answering it (multilingual-e5 scale); chosen on the
 *                     development sets' tune split (ADR 28)
 * @param confidentRelevance from this similarity up, the quotes are presented as answering the question;
 *                           between the gate and here, as what comes closest (partly answered)
 * @param readWithModel let the chat model read the best sentences, choose those that answer and write
 *                      a short answer from them (checked against them before it is shown)
 * @param readerMinParameters the least model size (parameters) trusted to read: smaller models choose
 *                            and state wrong things with confidence, so their answers are the ranked
 *                            quotes alone; a bigger model starts reading without a code change
 * @param readerCandidates sentences offered to the reader to choose from
 * @param readerMayRefuse whether a reader that finds no extract answering the question makes the
 *                        answer a refusal (otherwise the ranked quotes are shown)
 * @param translateQuestions let a model big enough to read translate each question into the guidance's
 *                           other language (English ↔ French) and search with both
 * @param maxAnswerTokens most tokens the model may write
 * @param retention how long conversations are kept
 */
@Validated
@ConfigurationProperties("guichet.ask")
public record AskProperties(@DefaultValue("3") @Min(0) @Max(20) int historyTurns,
                            @DefaultValue("false") boolean rephraseWithModel,
                            @DefaultValue("6") @Min(1) @Max(20) int passages,
                            @DefaultValue("passage") RankBy rankBy,
                            @DefaultValue("5") @Min(1) @Max(20) int pages,
                            @DefaultValue("3") @Min(1) @Max(6) int quotes,
                            @DefaultValue("0.875") @DecimalMin("0") @DecimalMax("1") double minRelevance,
                            @DefaultValue("0.89") @DecimalMin("0") @DecimalMax("1") double confidentRelevance,
                            @DefaultValue("true") boolean readWithModel,
                            @DefaultValue("1000000000") @Min(0) long readerMinParameters,
                            @DefaultValue("8") @Min(1) @Max(20) int readerCandidates,
                            @DefaultValue("true") boolean readerMayRefuse,
                            @DefaultValue("false") boolean translateQuestions,
                            @DefaultValue("160") @Min(16) int maxAnswerTokens,
                            @DefaultValue("365d") Duration retention) {
}
