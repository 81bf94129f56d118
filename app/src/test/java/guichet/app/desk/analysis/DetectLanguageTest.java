package guichet.app.desk.analysis;

import guichet.app.desk.DeskFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The language a reply is drafted in: the body's, else the subject's, else English. */
class DetectLanguageTest {

    private final DetectLanguage step = new DetectLanguage(DeskFixtures.languages());

    @Test
    void theBodyDecidesTheLanguage() {
        assertThat(language("Claim", "Bonjour, je n'ai toujours pas reçu mon allocation de ce mois-ci, pouvez-vous "
                + "vérifier mon dossier ?")).isEqualTo("fr");
        assertThat(language("Allocation", "Hello, my payment has not arrived this month, could you check my claim "
                + "please?")).isEqualTo("en");
    }

    @Test
    void anEmptyBodyIsReadFromItsSubjectAndAnUnreadableOneIsEnglish() {
        assertThat(language("Je n'ai pas reçu mon versement de mars, que dois-je faire ?", "")).isEqualTo("fr");
        assertThat(language("", "12345 / 678")).isEqualTo("en");
    }

    private String language(String subject, String body) {
        AnalysisContext context = new AnalysisContext("c1", subject, body, "", Instant.parse("2026-03-11T10:00:00Z"));
        step.apply(context);
        return context.language();
    }
}
