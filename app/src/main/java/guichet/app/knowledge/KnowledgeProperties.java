package guichet.app.knowledge;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Period;

/**
 * The knowledge base: where the index lives and what goes in it at first start.
 *
 * @param indexDir the Lucene index folder
 * @param sampleOnFirstStart ingest the shipped sample guidance when the index is empty
 * @param rrfK reciprocal rank fusion constant
 * @param lexicalWeight weight of the BM25 ranking in fusion
 * @param denseWeight weight of the vector ranking in fusion
 * @param quantizedVectors store vectors scalar-quantized (smaller, slightly less exact)
 * @param correctSpelling read a question's misspelt words as the nearest words the guidance uses (ADR 26)
 * @param staleAfter guidance last updated longer ago than this is old: an answer citing it says so (ADR 29)
 * @param documentPassages passages a search by document keeps per page and counts in its score (ADR 32)
 * @param documentNextShare share of each further passage's score added to a page's best passage's score
 */
@Validated
@ConfigurationProperties("guichet.knowledge")
public record KnowledgeProperties(@NotNull Path indexDir, @DefaultValue("true") boolean sampleOnFirstStart,
                                  @DefaultValue("60") @Min(1) int rrfK,
                                  @DefaultValue("1.0") @DecimalMin("0") double lexicalWeight,
                                  @DefaultValue("2.0") @DecimalMin("0") double denseWeight,
                                  @DefaultValue("false") boolean quantizedVectors,
                                  @DefaultValue("true") boolean correctSpelling,
                                  @DefaultValue("P12M") @NotNull Period staleAfter,
                                  @DefaultValue("2") @Min(1) @Max(20) int documentPassages,
                                  @DefaultValue("0.1") @DecimalMin("0") @DecimalMax("1") double documentNextShare) {
}
