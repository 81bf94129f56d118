package guichet.knowledge;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeSettingsTest {

    @Test
    void acceptsTheDefaults() {
        KnowledgeSettings defaults = KnowledgeSettings.defaults();

        assertThat(defaults.weightOf("guide")).isEqualTo(1.0);
        assertThat(defaults.withDocumentTypeWeights(Map.of("guide", 1.5)).weightOf("guide")).isEqualTo(1.5);
    }

    @Test
    void refusesOutOfRangeValuesWithAnActionableMessage() {
        KnowledgeSettings d = KnowledgeSettings.defaults();

        assertThatThrownBy(() -> d.withFusion(0, 1, 1)).isInstanceOf(InvalidKnowledgeSettingsException.class)
                .hasMessageContaining("rrf k");
        assertThatThrownBy(() -> d.withFusion(60, 0, 0)).hasMessageContaining("not both 0");
        assertThatThrownBy(() -> d.withChunking(600, 40)).hasMessageContaining("512");
        assertThatThrownBy(() -> d.withChunking(300, 200)).hasMessageContaining("overlap");
        assertThatThrownBy(() -> d.withDocumentTypeWeights(Map.of("guide", -1.0))).hasMessageContaining("guide");
        assertThatThrownBy(() -> d.withCommitBatch(0)).hasMessageContaining("commit batch");
        assertThatThrownBy(() -> d.withMinScore(-0.1)).hasMessageContaining("min score");
        assertThatThrownBy(() -> d.withHnsw(2, 100)).hasMessageContaining("HNSW");
    }
}
