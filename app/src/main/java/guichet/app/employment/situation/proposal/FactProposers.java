package guichet.app.employment.situation.proposal;

import guichet.app.employment.EmploymentProperties;
import guichet.app.employment.situation.Fact;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.ChatModel;
import guichet.inference.EngineUnavailableException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The fact proposer for now: the chat model's when it is ready, big enough ({@code guichet.employment.reader.
 * min-parameters}, 0.4B by default) and allowed; otherwise {@link FactProposer#NONE}, and the patterns read alone.
 * Prompts come from {@code prompts/employment/reader/}: a missing one fails loudly.
 */
@Component
public class FactProposers {

    static final String PROMPTS = "prompts/employment/reader/";

    private final InferenceRuntime inference;
    private final OverridableResources resources;
    private final EmploymentProperties.Reader settings;
    private final Clock clock;

    FactProposers(InferenceRuntime inference, OverridableResources resources, EmploymentProperties properties, Clock clock) {
        this.inference = inference;
        this.resources = resources;
        this.settings = properties.reader();
        this.clock = clock;
    }

    public FactProposer current(String language) {
        if (!settings.withModel() || inference.state() != InferenceRuntime.State.READY) {
            return FactProposer.NONE;
        }
        ChatModel chat;
        try {
            chat = inference.chat();
        } catch (EngineUnavailableException e) {
            return FactProposer.NONE;
        }
        return asks(settings, chat.info().parameterCount()) ? of(chat, resources, language, settings.maxTokens(), clock)
                : FactProposer.NONE;
    }

    /** Whether a model of this size is asked: one of unknown size (0, a remote pool) is, as its operator chose it. */
    public static boolean asks(EmploymentProperties.Reader settings, long parameters) {
        return settings.withModel() && (parameters == 0 || parameters >= settings.minParameters());
    }

    /** The model proposer with the shipped (or overridden) prompts. */
    public static ModelFactProposer of(ChatModel chat, OverridableResources resources, String language, int maxTokens,
                                       Clock clock) {
        String system = resources.text(PROMPTS + ("fr".equals(language) ? "fr" : "en") + ".txt").strip();
        return new ModelFactProposer(chat, system, descriptions(resources.text(PROMPTS + "facts.properties")), maxTokens, clock);
    }

    static Map<Fact, String> descriptions(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Fact, String> descriptions = new EnumMap<>(Fact.class);
        properties.forEach((key, value) -> Fact.fromKey((String) key).ifPresent(f -> descriptions.put(f, (String) value)));
        return descriptions;
    }
}
