package guichet.app.ask.refusal;

import guichet.app.ask.crisis.CrisisProperties;
import guichet.app.ask.routing.DetectedCategory;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a refusal of a harmful request says, per category: the rule, what happens when it is broken,
 * the legitimate routes, and a search of the guidance to cite, from
 * {@code replies/harmful/<country>/<language>.yml} (the country per reply language as for crisis
 * replies, {@link CrisisProperties}), overridable by a deployment. A category without a reply is a
 * start-up error.
 */
@Component
public class HarmfulReplies {

    private final Map<String, Map<String, Explanation>> byLanguage = new LinkedHashMap<>();

    /**
     * @param rule the rule, in plain words
     * @param consequence what happens when it is broken
     * @param routes the legitimate ways to get what the citizen needs
     * @param guidance a search of the official guidance whose best sentences are quoted after the reply; "" for none
     */
    public record Explanation(String rule, String consequence, List<String> routes, String guidance) {
    }

    public HarmfulReplies(OverridableResources resources, CrisisProperties countries, HarmfulIntent intent) {
        for (String language : CitizenTexts.LANGUAGES) {
            String file = "replies/harmful/" + countries.byLanguage().get(language) + "/" + language + ".yml";
            Map<String, Explanation> explanations = parse(resources.text(file), file);
            for (DetectedCategory category : intent.categories()) {
                if (!explanations.containsKey(category.id())) {
                    throw new IllegalStateException(file + ": no reply for harmful category " + category.id());
                }
            }
            byLanguage.put(language, explanations);
        }
    }

    /** The explanation for a category in the reply language for {@code language}. */
    public Explanation explanation(String category, String language) {
        return byLanguage.get(CitizenTexts.replyLanguage(language)).get(category);
    }

    static Map<String, Explanation> parse(String yaml, String file) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("categories") instanceof Map<?, ?> categories)) {
            throw new IllegalStateException(file + ": expected a map under 'categories'");
        }
        Map<String, Explanation> read = new LinkedHashMap<>();
        categories.forEach((id, fields) -> {
            if (!(fields instanceof Map<?, ?> f) || f.get("rule") == null || f.get("routes") == null) {
                throw new IllegalStateException(file + ": category " + id + " needs 'rule' and 'routes'");
            }
            List<String> routes = f.get("routes") instanceof List<?> list ? list.stream().map(Object::toString).toList()
                    : List.of(f.get("routes").toString());
            read.put(id.toString(), new Explanation(f.get("rule").toString().strip(),
                    f.get("consequence") == null ? "" : f.get("consequence").toString().strip(), routes,
                    f.get("guidance") == null ? "" : f.get("guidance").toString().strip()));
        });
        return read;
    }
}
