package guichet.app.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Figures of one inference benchmark run. Rates are tokens (or embeddings) per second; times in ms.
 */
public record InferenceBenchReport(
        @JsonProperty("model") String model,
        @JsonProperty("embedding_model") String embeddingModel,
        @JsonProperty("threads") int threads,
        @JsonProperty("prefill_tps") double prefillTps,
        @JsonProperty("prefill_tps_llama") double prefillTpsLlama,
        @JsonProperty("decode_tps_java") double decodeTpsJava,
        @JsonProperty("decode_tps_llama") double decodeTpsLlama,
        @JsonProperty("decode_java_to_llama") double decodeJavaToLlama,
        @JsonProperty("decode_tps_1") double decodeTps1,
        @JsonProperty("aggregate_decode_tps_2") double aggregateDecodeTps2,
        @JsonProperty("per_stream_decode_tps_2") double perStreamDecodeTps2,
        @JsonProperty("aggregate_decode_tps_4") double aggregateDecodeTps4,
        @JsonProperty("per_stream_decode_tps_4") double perStreamDecodeTps4,
        @JsonProperty("aggregate_speedup_4") double aggregateSpeedup4,
        @JsonProperty("ttft_ms") double ttftMs,
        @JsonProperty("ttft_ms_cold") double ttftMsCold,
        @JsonProperty("ttft_ms_warm") double ttftMsWarm,
        @JsonProperty("ttft_warm_to_cold") double ttftWarmToCold,
        @JsonProperty("shared_prefix_tokens") int sharedPrefixTokens,
        @JsonProperty("embeddings_per_s_batch1") double embeddingsPerSecondBatch1,
        @JsonProperty("embeddings_per_s_batch32") double embeddingsPerSecondBatch32,
        @JsonProperty("rss_mb") long rssMb,
        @JsonProperty("peak_rss_mb") long peakRssMb) {
}
