package guichet.app.ask.routing;

import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.text.AskFixtures;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.system.settings.OverridableResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteLabelsTest {

    @Test
    void readsTheBuiltInLabels() {
        RouteLabels labels = new RouteLabels(AskFixtures.resources(), AskFixtures.texts());
        assertThat(labels.fallback().id()).isEqualTo("genuine_question");
        assertThat(labels.contains("crisis")).isFalse();
        assertThat(labels.contains("harmful")).isFalse();
        assertThat(labels.get("health_advice").action().status()).isEqualTo(AnswerStatus.UNANSWERABLE);
        assertThat(labels.get("account_data").action().status()).isEqualTo(AnswerStatus.UNANSWERABLE);
        assertThat(labels.get("out_of_scope").reply()).isEqualTo("reply.out_of_scope");
        assertThat(labels.get("greeting").action().status()).isEqualTo(AnswerStatus.CLARIFICATION);
        assertThat(labels.get("unclear").action().status()).isEqualTo(AnswerStatus.CLARIFICATION);
    }

    @Test
    void accountDataNeedsTheCitizensOwnAccountInTheText() {
        RouteLabels labels = new RouteLabels(AskFixtures.resources(), AskFixtures.texts());
        assertThat(labels.cuesFound("account_data", "Where is my payment?")).isTrue();
        assertThat(labels.cuesFound("account_data", "Quand vais-je être payé ?")).isTrue();
        assertThat(labels.cuesFound("account_data", "pouvez-vous consulter mon dossier")).isTrue();
        assertThat(labels.cuesFound("account_data", "How much is Carer's Allowance?")).isFalse();
        assertThat(labels.cuesFound("account_data", "Quel est le montant du RSA ?")).isFalse();
        assertThat(labels.cuesFound("greeting", "anything")).isTrue();
    }

    @Test
    void aDeploymentCanAddALabel(@TempDir Path home) throws IOException {
        write(home, "config/routing/labels.json", """
                {"fallback": "genuine_question", "labels": [
                  {"id": "genuine_question", "action": "answer"},
                  {"id": "harmful", "action": "refuse", "reply": "reply.refused"},
                  {"id": "politics", "action": "signpost", "reply": "reply.out_of_scope", "margin": 0.04}
                ]}""");
        RouteLabels labels = new RouteLabels(new OverridableResources(home), new CitizenTexts(new OverridableResources(home), home));
        assertThat(labels.get("politics").margin()).isEqualTo(0.04);
        assertThat(labels.contains("greeting")).isFalse();
    }

    @Test
    void refusesLabelsThatCannotWork(@TempDir Path home) throws IOException {
        OverridableResources resources = new OverridableResources(home);
        CitizenTexts texts = new CitizenTexts(resources, home);
        write(home, "config/routing/labels.json", """
                {"fallback": "greeting", "labels": [
                  {"id": "greeting", "action": "clarify", "reply": "reply.greeting"},
                  {"id": "harmful", "action": "refuse", "reply": "reply.refused"}]}""");
        assertThatThrownBy(() -> new RouteLabels(resources, texts)).hasMessageContaining("fallback");
        write(home, "config/routing/labels.json", """
                {"fallback": "genuine_question", "labels": [
                  {"id": "genuine_question", "action": "answer"},
                  {"id": "harmful", "action": "refuse", "reply": "reply.no_such_text"}]}""");
        assertThatThrownBy(() -> new RouteLabels(resources, texts)).hasMessageContaining("reply.no_such_text");
        write(home, "config/routing/labels.json", """
                {"fallback": "genuine_question", "labels": [
                  {"id": "genuine_question", "action": "answer"},
                  {"id": "politics", "action": "signpost"},
                  {"id": "harmful", "action": "refuse", "reply": "reply.refused"}]}""");
        assertThatThrownBy(() -> new RouteLabels(resources, texts)).hasMessageContaining("needs a reply key");
    }

    private static void write(Path home, String path, String content) throws IOException {
        Files.createDirectories(home.resolve(path).getParent());
        Files.writeString(home.resolve(path), content);
    }
}
