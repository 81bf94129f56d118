package guichet.app.employment.plan;

import java.util.List;
import java.util.Map;

/**
 * A procedure taken step by step (claim New Style JSA, apply for an apprenticeship, use one's CPF),
 * as written in {@code employment/procedures/<id>.json} from the guidance.
 */
public record Procedure(String id, String jurisdiction, Map<String, String> title, List<Step> steps) {

    /** One step, with the guidance section it comes from. */
    public record Step(Map<String, String> text, Source source) {
        public String text(String language) {
            return text.getOrDefault(language, text.get("en"));
        }
    }

    public record Source(String url, String title) {
    }

    public String title(String language) {
        return title.getOrDefault(language, title.get("en"));
    }
}
