package guichet.app.ask.pipeline.stage;

import guichet.knowledge.Passage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetrieveGuidanceTest {

    @Test
    void aTranslationAddsPassagesButTheQuestionsOwnStayAhead() {
        List<Passage> asked = List.of(passage("fr1", "f"), passage("fr2", "f"), passage("en9", "e"));
        List<Passage> translated = List.of(passage("en1", "e"), passage("en9", "e"), passage("fr1", "f"));
        assertThat(RetrieveGuidance.fused(asked, translated)).extracting(Passage::chunkId)
                .containsExactly("fr1", "en9", "en1", "fr2");
    }

    private static Passage passage(String chunkId, String documentId) {
        return new Passage(chunkId, documentId, "Title " + documentId, "https://example.org/" + documentId,
                List.of("Section"), "Text of " + chunkId + ".", "", 1.0, "gov-uk", "en", "guide", null, "OGL");
    }
}
