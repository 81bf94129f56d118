package guichet.app.shared.privacy;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a detector found, as the substrings it would redact. */
final class DetectorAssertions {

    private DetectorAssertions() {
    }

    static List<String> found(PersonalDataDetector detector, String text) {
        return detector.find(text).stream().map(match -> text.substring(match.start(), match.end())).toList();
    }

    static void assertFinds(PersonalDataDetector detector, String text, String... expected) {
        assertThat(found(detector, text)).as(text).containsExactly(expected);
    }

    static void assertFindsNothing(PersonalDataDetector detector, String text) {
        assertThat(found(detector, text)).as(text).isEmpty();
    }
}
