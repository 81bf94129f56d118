package guichet.app.desk.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the correspondence desk ({@code guichet.desk.*}).
 *
 * @param officerLanguage the language summaries are written in for officers ("en" or "fr")
 * @param imap the mailbox the desk polls
 * @param smtp the office's outgoing mail server, used only when an officer sends an approved reply
 * @param limits what a message may weigh before parts of it are left unread
 * @param triage how urgency and category are decided
 * @param summary how the summary is written
 * @param draft how reply drafts are grounded
 * @param officers who may use the desk (user name, display name, password hash); a site with single
 *                 sign-on replaces this
 */
@Validated
@ConfigurationProperties("guichet.desk")
public record DeskProperties(@DefaultValue("en") @NotBlank String officerLanguage,
                             @Valid @DefaultValue Imap imap,
                             @Valid @DefaultValue Smtp smtp,
                             @Valid @DefaultValue Limits limits,
                             @Valid @DefaultValue Triage triage,
                             @Valid @DefaultValue Summary summary,
                             @Valid @DefaultValue Draft draft,
                             @Valid List<Officer> officers) {

    public DeskProperties {
        officers = officers == null ? List.of() : List.copyOf(officers);
    }

    /**
     * The mailbox polled for citizens' mail. Credentials come from configuration or the environment
     * ({@code GUICHET_DESK_IMAP_PASSWORD}), never from a file in git.
     *
     * @param enabled poll at all
     * @param host server name
     * @param port 993 for IMAPS
     * @param tls implicit TLS (IMAPS); off only for a test server on the loopback
     * @param startTls upgrade a plain connection with STARTTLS, required when set
     * @param username mailbox user
     * @param password mailbox password
     * @param folder the folder read
     * @param interval time between polls
     * @param timeout connection and read timeout
     * @param sslBundle the Spring Boot SSL bundle whose certificates the server's must chain to; blank:
     *        the JVM's trust store
     */
    public record Imap(@DefaultValue("false") boolean enabled, String host, @DefaultValue("993") int port,
                       @DefaultValue("true") boolean tls, @DefaultValue("false") boolean startTls,
                       String username, String password, @DefaultValue("INBOX") String folder,
                       @DefaultValue("1m") Duration interval, @DefaultValue("30s") Duration timeout,
                       String sslBundle) {
    }

    /**
     * The office's outgoing mail server.
     *
     * @param host server name; empty means replies cannot be sent (approving still records them)
     * @param port 587 for submission with STARTTLS, 465 for implicit TLS
     * @param tls implicit TLS
     * @param startTls require STARTTLS
     * @param username login, empty for none
     * @param password password ({@code GUICHET_DESK_SMTP_PASSWORD})
     * @param from the office's address replies come from
     * @param timeout connection and read timeout
     * @param sslBundle as for the mailbox
     */
    public record Smtp(String host, @DefaultValue("587") int port, @DefaultValue("false") boolean tls,
                       @DefaultValue("true") boolean startTls, String username, String password,
                       @DefaultValue("correspondence@example.gov") String from,
                       @DefaultValue("30s") Duration timeout, String sslBundle) {

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    /**
     * @param maxMessage larger messages are rejected with a reason
     * @param maxAttachment larger attachments are noted but not read
     * @param maxBodyCharacters text kept from a body
     */
    public record Limits(@DefaultValue("25MB") DataSize maxMessage, @DefaultValue("5MB") DataSize maxAttachment,
                         @DefaultValue("20000") @Min(200) int maxBodyCharacters) {
    }

    /**
     * @param urgentThreshold the classifier's probability of "urgent" above which a message is urgent
     *                        even without a signal. Chosen on the tune split for recall first: at 0.15 the
     *                        classifier alone finds 95% of the urgent messages the signals also find, as a
     *                        backstop for wording the rules miss (ADR 14, addendum)
     * @param neighbours how many nearest labelled examples are shown as the reason for a category
     * @param epochs training passes of the logistic regression
     * @param l2 weight decay of the logistic regression
     * @param zone the office's time zone, in which the day a message came in is read (relative dates
     *             such as "tomorrow" or "Friday" are resolved against it); blank: the system's
     * @param soonWorkingDays a date at most this many working days after receipt is "within about one
     *                        working day": a hearing or an appointment one cannot attend then is urgent
     * @param farWorkingDays a situation dated only more than this many working days ahead (a hearing in a
     *                       fortnight) is not urgent
     * @param secondaryThreshold the runner-up category is the secondary one when it has at least this
     *                           probability (and no category's signals made another the secondary one)
     * @param neighbourWeight a category's probability is this share the vote of the nearest labelled
     *                        examples, the rest the classifier's
     * @param neighboursVoting how many nearest examples vote
     * @param neighbourSharpness how much more a closer example weighs: exp(sharpness × (similarity − 0.9))
     * @param secondOpinionMinParameters the least chat model size (parameters) asked for a second opinion,
     *                                   when a deployment provides one ({@code SecondOpinion}, ADR 14)
     */
    public record Triage(@DefaultValue("0.15") @DecimalMin("0.01") @DecimalMax("0.99") double urgentThreshold,
                         @DefaultValue("3") @Min(1) int neighbours,
                         @DefaultValue("400") @Min(10) int epochs,
                         @DefaultValue("0.01") @DecimalMin("0") double l2,
                         @DefaultValue("") String zone,
                         @DefaultValue("1") @Min(0) int soonWorkingDays,
                         @DefaultValue("5") @Min(1) int farWorkingDays,
                         @DefaultValue("0.4") @DecimalMin("0") @DecimalMax("1") double secondaryThreshold,
                         @DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double neighbourWeight,
                         @DefaultValue("9") @Min(1) int neighboursVoting,
                         @DefaultValue("100") @DecimalMin("0") double neighbourSharpness,
                         @DefaultValue("1000000000") @Min(0) long secondOpinionMinParameters) {

        /** The office's time zone. */
        public java.time.ZoneId zoneId() {
            return zone == null || zone.isBlank() ? java.time.ZoneId.systemDefault() : java.time.ZoneId.of(zone);
        }
    }

    /**
     * @param withModel let the chat model write the summary (checked; an extractive summary otherwise)
     * @param minParameters the least model size (parameters) asked for a summary: SmolLM2-135M's are
     *                      rejected by the checks nearly always (see the desk ADR), so smaller models
     *                      are not asked and the summary is extractive; a bigger model is used without
     *                      a code change
     * @param maxTokens most tokens the model may write
     */
    public record Summary(@DefaultValue("true") boolean withModel,
                          @DefaultValue("1000000000") @Min(0) long minParameters,
                          @DefaultValue("160") @Min(16) int maxTokens) {
    }

    /**
     * @param passages guidance passages retrieved per message
     * @param quotes sentences of guidance quoted in a draft
     * @param minRelevance least similarity between the message's request and a quote (multilingual-e5 scale)
     * @param office the office's name, in the reply's signature
     */
    public record Draft(@DefaultValue("6") @Min(1) int passages, @DefaultValue("2") @Min(0) int quotes,
                        @DefaultValue("0.85") @DecimalMin("0") @DecimalMax("1") double minRelevance,
                        @DefaultValue("Correspondence team") String office) {
    }

    /**
     * A correspondence officer.
     *
     * @param username what they sign in with
     * @param name how they are shown
     * @param password a password hash with its algorithm, e.g. {@code {bcrypt}$2a$10$...}
     */
    public record Officer(@NotBlank String username, String name, @NotBlank String password) {
    }
}
