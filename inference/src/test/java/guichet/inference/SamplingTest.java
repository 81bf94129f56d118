package guichet.inference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamplingTest {

    @Test
    void rejectsValuesOutsideTheirRange() {
        assertThatThrownBy(() -> new Sampling(-0.1, 1, 1, 10)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new Sampling(0.5, 0, 1, 10)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new Sampling(0.5, 1, -1, 10)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new Sampling(0.5, 1, 1, 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new Sampling(Double.NaN, 1, 1, 10)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void rejectsAnEmptyConversation() {
        assertThatThrownBy(() -> ChatRequest.of(java.util.List.of())).isInstanceOf(InvalidRequestException.class);
    }
}
