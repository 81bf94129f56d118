package guichet.app.ask.crisis;

import guichet.app.ask.routing.DetectedCategory;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reply to someone who may be in crisis: for each category found, what to say, the lines to
 * call (each shown once) and what else helps now, from {@code replies/crisis/<country>/<language>.yml}
 * (the country per reply language set by {@link CrisisProperties}), overridable by a deployment.
 * Every file is read and checked at start-up: a category without a reply, or a reply naming an
 * unknown line, is a start-up error, never a reply without help lines.
 */
@Component
public class CrisisReplies {

    private final CitizenTexts texts;
    private final Map<String, Replies> byLanguage = new LinkedHashMap<>();

    /** One file: the lines it defines and each category's reply. */
    record Replies(String file, Map<String, HelpLine> lines, Map<String, CategoryReply> categories) {
    }

    /** What one category's reply says, the ids of its lines, and the steps after them. */
    record CategoryReply(String say, List<String> lines, List<String> steps) {
    }

    public CrisisReplies(OverridableResources resources, CitizenTexts texts, CrisisProperties properties,
                         CrisisDetector detector) {
        this.texts = texts;
        for (String language : CitizenTexts.LANGUAGES) {
            String country = properties.byLanguage().get(language);
            if (country == null || !country.matches("[a-z]{2}")) {
                throw new IllegalStateException("guichet.ask.crisis.countries." + language
                        + " must name a country (two letters), got " + country);
            }
            String file = "replies/crisis/" + country + "/" + language + ".yml";
            Replies replies = parse(resources.text(file), file);
            for (DetectedCategory category : detector.categories()) {
                if (!replies.categories().containsKey(category.id())) {
                    throw new IllegalStateException(file + ": no reply for crisis category " + category.id());
                }
            }
            byLanguage.put(language, replies);
        }
    }

    /** The reply for these categories (the strongest first) in the reply language for {@code language}. */
    public String reply(List<String> categories, String language) {
        String replyLanguage = CitizenTexts.replyLanguage(language);
        Replies replies = byLanguage.get(replyLanguage);
        Set<String> shown = new LinkedHashSet<>();
        List<String> blocks = new ArrayList<>();
        for (String category : categories) {
            CategoryReply reply = replies.categories().get(category);
            if (reply == null) {
                continue;
            }
            List<String> block = new ArrayList<>();
            List<String> lines = reply.lines().stream().filter(shown::add).map(id -> line(replies.lines().get(id), replyLanguage))
                    .toList();
            block.add(reply.say().strip() + (lines.isEmpty() ? "." : ":"));
            block.addAll(lines);
            block.addAll(reply.steps().stream().map(String::strip).toList());
            blocks.add(String.join("\n", block));
        }
        blocks.add(texts.reply("reply.crisis.closing", replyLanguage));
        return String.join("\n\n", blocks);
    }

    /** The heading put between the crisis reply and the answer to the question that came with it. */
    public String answerFollows(String language) {
        return texts.reply("reply.crisis.answer_follows", language);
    }

    private String line(HelpLine line, String language) {
        List<String> ways = new ArrayList<>();
        if (!line.call().isEmpty()) {
            ways.add(texts.reply("helpline.call", language, line.call()));
        }
        if (!line.text().isEmpty()) {
            ways.add(texts.reply("helpline.text", language, line.text()));
        }
        if (!line.url().isEmpty()) {
            ways.add(texts.reply("helpline.url", language, line.url()));
        }
        return texts.reply("helpline.line", language, line.name(), String.join(texts.reply("helpline.or", language), ways),
                line.hours().isEmpty() ? "" : texts.reply("helpline.hours", language, line.hours()),
                line.forWhat().isEmpty() ? "" : texts.reply("helpline.for", language, line.forWhat())).strip();
    }

    static Replies parse(String yaml, String file) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("lines") instanceof Map<?, ?> lineMap)
                || !(map.get("categories") instanceof Map<?, ?> categoryMap)) {
            throw new IllegalStateException(file + ": expected maps under 'lines' and 'categories'");
        }
        Map<String, HelpLine> lines = new LinkedHashMap<>();
        lineMap.forEach((id, fields) -> {
            if (!(fields instanceof Map<?, ?> f)) {
                throw new IllegalStateException(file + ": line " + id + " must be a map of fields");
            }
            try {
                lines.put(id.toString(), new HelpLine(field(f, "name"), field(f, "call"), field(f, "text"), field(f, "url"),
                        field(f, "hours"), field(f, "for")));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        });
        Map<String, CategoryReply> categories = new LinkedHashMap<>();
        categoryMap.forEach((id, fields) -> {
            if (!(fields instanceof Map<?, ?> f) || field(f, "say") == null || field(f, "say").isBlank()) {
                throw new IllegalStateException(file + ": category " + id + " needs 'say'");
            }
            List<String> ids = list(f.get("lines"));
            for (String line : ids) {
                if (!lines.containsKey(line)) {
                    throw new IllegalStateException(file + ": category " + id + " names unknown line " + line);
                }
            }
            categories.put(id.toString(), new CategoryReply(field(f, "say"), ids, list(f.get("steps"))));
        });
        return new Replies(file, lines, categories);
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            return List.of(value.toString());
        }
        return items.stream().map(Object::toString).toList();
    }

    private static String field(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }
}
