package guichet.knowledge.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextsTest {

    /** What {@link Texts#normalise} means, as the regular expression it replaced for speed. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    @Test
    void normaliseCollapsesWhitespaceAndNoBreakSpacesAndTrims() {
        assertThat(Texts.normalise("  5\u202F000\u00A0€ \t par\n\n mois ")).isEqualTo("5 000 € par mois");
        assertThat(Texts.normalise("already clean")).isEqualTo("already clean");
        assertThat(Texts.normalise(" \u00A0\t")).isEmpty();
        assertThat(Texts.normalise(null)).isEmpty();
    }

    @Test
    void normaliseAgreesWithTheRegularExpressionOnRandomText() {
        char[] alphabet = {'a', 'é', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2007', '\u202F',
                '\u2003', '\u3000', '-'};
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String input = text.toString();
            assertThat(Texts.normalise(input)).as("[%s]", input)
                    .isEqualTo(SPACES.matcher(input).replaceAll(" ").strip());
        }
    }

    @Test
    void utf8DecodesStrictlyAndKeepsARealReplacementCharacter() {
        assertThat(Texts.utf8("\uFEFFdéjà vu".getBytes(StandardCharsets.UTF_8))).isEqualTo("déjà vu");
        assertThat(Texts.utf8("a \uFFFD b".getBytes(StandardCharsets.UTF_8))).isEqualTo("a \uFFFD b");
        byte[] latin1 = "café crème".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Texts.utf8(latin1)).isInstanceOf(Texts.NotUtf8Exception.class)
                .hasMessageContaining("offset 3");
    }
}
