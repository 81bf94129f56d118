package guichet.app.desk.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A message handed in as JSON by a mail gateway or a contact form.
 *
 * @param from the sender's email address (replies go there)
 * @param name the sender's name, if known
 * @param messageId the Message-ID, if any (a second message with it is a duplicate)
 * @param receivedAt when it was received; now when absent
 */
public record NewCorrespondence(@NotBlank @Size(max = 320) String from, @Size(max = 200) String name,
                                @Size(max = 2000) String subject, @Size(max = 200_000) String body,
                                @Size(max = 990) String messageId, Instant receivedAt) {
}
