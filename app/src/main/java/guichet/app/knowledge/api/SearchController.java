package guichet.app.knowledge.api;

import guichet.app.system.settings.ApiProperties;
import guichet.app.knowledge.KnowledgeRuntime;
import guichet.knowledge.InvalidQueryException;
import guichet.knowledge.SearchQuery;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * Search of the official guidance, as the assistant's retrieval sees it:
 * {@code GET /api/v1/search?q=...&k=10&collection=govuk&lang=en&mode=hybrid&per=document}.
 */
@RestController
class SearchController {

    private final KnowledgeRuntime knowledge;
    private final ApiProperties properties;

    SearchController(KnowledgeRuntime knowledge, ApiProperties properties) {
        this.knowledge = knowledge;
        this.properties = properties;
    }

    /**
     * @param q the question or keywords
     * @param k passages wanted, 1 to {@code guichet.api.max-search-results}
     * @param collection only this collection (govuk, travail-emploi, service-public...)
     * @param lang only passages in this language (ISO 639-1)
     * @param mode bm25 (words), dense (meaning) or hybrid (both, fused)
     * @param per document: one hit per page, ranked from its best passages, with them (ADR 32);
     *            passage: one hit per passage, a page as often as its passages rank
     */
    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchHits search(@RequestParam @NotBlank @Size(max = 1000) String q,
                      @RequestParam(defaultValue = "10") @Min(1) int k,
                      @RequestParam(required = false) @Size(max = 100) String collection,
                      @RequestParam(required = false) @Pattern(regexp = "[a-zA-Z]{2}", message = "must be a two-letter language code") String lang,
                      @RequestParam(defaultValue = "hybrid") String mode,
                      @RequestParam(defaultValue = "document") String per) {
        if (k > properties.maxSearchResults()) {
            throw new InvalidQueryException("k must be between 1 and " + properties.maxSearchResults() + ", not " + k);
        }
        SearchQuery query = SearchQuery.of(q, k, mode(mode)).inCollection(collection)
                .inLanguage(lang == null ? null : lang.toLowerCase(Locale.ROOT));
        return switch (per.strip().toLowerCase(Locale.ROOT)) {
            case "document" -> new SearchHits(knowledge.index().searchDocuments(query).stream().map(SearchHits.Hit::of)
                    .toList());
            case "passage" -> new SearchHits(knowledge.index().search(query).stream().map(SearchHits.Hit::of).toList());
            default -> throw new InvalidQueryException("per must be document or passage, not '" + per + "'");
        };
    }

    private static SearchQuery.Mode mode(String name) {
        for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
            if (mode.name().equalsIgnoreCase(name.strip())) {
                return mode;
            }
        }
        throw new InvalidQueryException("mode must be bm25, dense or hybrid, not '" + name + "'");
    }
}
