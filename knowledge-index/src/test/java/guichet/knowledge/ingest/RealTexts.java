package guichet.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.knowledge.TestModels;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Real texts taken from the shared GOV.UK dump, to write into files of other formats. */
final class RealTexts {

    private RealTexts() {
    }

    static JsonNode govukPage(String basePath) {
        try {
            for (JsonNode page : new ObjectMapper().readTree(TestModels.govukPages().toFile())) {
                if (page.path("base_path").asText().equals(basePath)) {
                    return page;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no page " + basePath);
    }

    /** The Markdown body of a GOV.UK answer page. */
    static String markdown(String basePath) {
        return govukPage(basePath).path("details").path("body").asText();
    }

    /** The HTML of one part of a GOV.UK guide. */
    static String guidePartHtml(String basePath, int part) {
        return govukPage(basePath).path("details").path("parts").get(part).path("body").asText();
    }
}
