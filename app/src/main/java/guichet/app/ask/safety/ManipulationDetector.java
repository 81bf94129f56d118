package guichet.app.ask.safety;

import guichet.app.shared.rules.PatternRules;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises attempts to make the assistant drop its rules: jailbreaks, prompt injection, chat-format
 * tokens, instructions addressed to an AI inside a pasted letter, hidden text and encoded payloads.
 *
 * <p>The rules are data: {@code guard/manipulation/common.txt} (language-neutral tokens),
 * {@code en.txt} and {@code fr.txt}, all applied to every question (an English injection often sits
 * in a French message), plus an operator's {@code local.txt} if present; each file can be overridden
 * under {@code <guichet.home>/config/}. Rules describe what an attacker writes, not topics: "I was
 * told to ignore the previous letter from DWP" is a question, "ignore the previous instructions" is not.
 */
@Component
public class ManipulationDetector {

    static final List<String> FILES = List.of("guard/manipulation/common.txt", "guard/manipulation/en.txt",
            "guard/manipulation/fr.txt");
    static final String LOCAL = "guard/manipulation/local.txt";

    /** Base64 runs long enough to carry an instruction; URL-safe alphabet too. */
    private static final Pattern ENCODED = Pattern.compile("(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{24,}={0,2}(?![A-Za-z0-9+/_=-])");
    private static final int BLOB_LENGTH = 200;

    private final PatternRules rules;

    public ManipulationDetector(OverridableResources resources) {
        this.rules = PatternRules.load(resources, FILES, List.of(LOCAL));
    }

    /**
     * @param rule the rule that matched: a rule id, or {@code hidden_text}, {@code encoded_text},
     *             {@code encoded_blob}
     * @param where {@code question}, {@code hidden text} or {@code encoded text}
     */
    public record Finding(String rule, String where) {
    }

    /**
     * @param question the visible question (redacted)
     * @param hiddenText text that was hidden in invisible characters, empty when none
     */
    public Optional<Finding> check(String question, String hiddenText) {
        Optional<Finding> visible = rules.firstMatch(question).map(rule -> new Finding(rule.qualifiedId(), "question"));
        if (visible.isPresent()) {
            return visible;
        }
        if (hiddenText != null && !hiddenText.isBlank()) {
            // No one hides text from the reader of their own question for a good reason.
            return Optional.of(rules.firstMatch(hiddenText)
                    .map(rule -> new Finding(rule.qualifiedId(), "hidden text"))
                    .orElse(new Finding("hidden_text", "hidden text")));
        }
        return encoded(question);
    }

    private Optional<Finding> encoded(String question) {
        Matcher run = ENCODED.matcher(question);
        while (run.find()) {
            if (run.group().length() >= BLOB_LENGTH) {
                return Optional.of(new Finding("encoded_blob", "encoded text"));
            }
            Optional<String> decoded = decode(run.group());
            if (decoded.isPresent()) {
                return Optional.of(rules.firstMatch(decoded.get())
                        .map(rule -> new Finding(rule.qualifiedId(), "encoded text"))
                        .orElse(new Finding("encoded_text", "encoded text")));
            }
        }
        return Optional.empty();
    }

    /** Readable text (several words of UTF-8) when {@code run} is base64 of it; reference numbers decode to noise. */
    static Optional<String> decode(String run) {
        for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
            try {
                byte[] bytes = decoder.decode(run);
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
                long readable = text.codePoints().filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                        || ".,;:!?'\"()-".indexOf(c) >= 0).count();
                if (readable >= 0.9 * text.codePointCount(0, text.length()) && text.strip().split("\\s+").length >= 3) {
                    return Optional.of(text);
                }
            } catch (IllegalArgumentException | CharacterCodingException e) {
                // not this alphabet, or not text
            }
        }
        return Optional.empty();
    }
}
