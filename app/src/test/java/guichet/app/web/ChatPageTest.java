package guichet.app.web;

import guichet.app.ask.api.FeedbackRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatPageTest {

    @Test
    void aCommentWithinTheLimitIsKeptAsItIs() {
        assertThat(ChatPage.bounded("Clear, thank you")).isEqualTo("Clear, thank you");
    }

    @Test
    void anOverLongCommentIsCutAtASpaceSoThatNoNumberIsSplit() {
        String comment = "a".repeat(FeedbackRequest.MAX_COMMENT - 5) + " 07700 900123";

        assertThat(ChatPage.bounded(comment)).isEqualTo("a".repeat(FeedbackRequest.MAX_COMMENT - 5));
    }
}
