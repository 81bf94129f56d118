package guichet.app.knowledge;

import guichet.knowledge.DocumentHit;
import guichet.knowledge.Passage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GuidanceRetrieverTest {

    @Test
    void onePageCannotCrowdOutTheOthers() {
        List<Passage> ranked = List.of(passage("a1", "a"), passage("a2", "a"), passage("a3", "a"),
                passage("b1", "b"), passage("c1", "c"));
        assertThat(GuidanceRetriever.diverse(ranked, 4)).extracting(Passage::chunkId)
                .containsExactly("a1", "a2", "b1", "c1");
    }

    @Test
    void whenFewPagesMatchTheirFurtherPassagesFillThePlacesInRankOrder() {
        List<Passage> ranked = List.of(passage("a1", "a"), passage("a2", "a"), passage("b1", "b"),
                passage("a3", "a"), passage("a4", "a"), passage("a5", "a"));
        assertThat(GuidanceRetriever.diverse(ranked, 4)).extracting(Passage::chunkId)
                .containsExactly("a1", "a2", "b1", "a3");
    }

    @Test
    void byPageTheBestPassageOfEachPageComesBeforeAnySecondOne() {
        List<DocumentHit> pages = List.of(page("a", 0.9, "a1", "a2", "a3"), page("b", 0.8, "b1"),
                page("c", 0.7, "c1", "c2"));

        List<Passage> ordered = GuidanceRetriever.bestOfEachPageFirst(pages);

        assertThat(ordered).extracting(Passage::chunkId).containsExactly("a1", "b1", "c1", "a2", "c2", "a3");
        assertThat(GuidanceRetriever.diverse(ordered, 4)).extracting(Passage::chunkId)
                .containsExactly("a1", "b1", "c1", "a2");
    }

    private static DocumentHit page(String documentId, double score, String... chunkIds) {
        return new DocumentHit(documentId, "Title " + documentId, score,
                java.util.Arrays.stream(chunkIds).map(id -> passage(id, documentId)).toList());
    }

    private static Passage passage(String chunkId, String documentId) {
        return new Passage(chunkId, documentId, "Title " + documentId, "https://example.org/" + documentId,
                List.of("Section"), "Text of " + chunkId + ".", "", 1.0, "gov-uk", "en", "guide", null, "OGL");
    }
}
