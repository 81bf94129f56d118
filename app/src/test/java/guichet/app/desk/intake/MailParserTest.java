package guichet.app.desk.intake;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading MIME as people really send it: replies, HTML, damaged structure, odd charsets, big attachments. */
class MailParserTest {

    private final MailParser parser = new MailParser(1024, 20_000);

    @Test
    void aPlainReplyIsSplitFromTheMessageItQuotes() throws Exception {
        ParsedMail mail = parse(headers("text/plain; charset=utf-8") + """

                Thanks, the payment arrived today.

                On Mon, 10 Mar 2025 at 09:14, Correspondence team <team@example.gov> wrote:
                > We have looked into your payment.
                """);

        assertThat(mail.body()).isEqualTo("Thanks, the payment arrived today.");
        assertThat(mail.quoted()).contains("We have looked into your payment.");
        assertThat(mail.messageId()).isEqualTo("m1@example.org");
        assertThat(mail.senderAddress()).isEqualTo("ana.lima@example.org");
        assertThat(mail.senderName()).isEqualTo("Ana Lima");
        assertThat(mail.notes()).isEmpty();
    }

    @Test
    void anHtmlOnlyBodyIsReadAsTextWithoutScripts() throws Exception {
        ParsedMail mail = parse(headers("text/html; charset=utf-8") + """

                <html><head><style>p{color:red}</style></head><body><p>My claim <b>UC-1234-5678</b> is late.</p>
                <script>alert(1)</script><blockquote>Earlier message</blockquote></body></html>
                """);

        assertThat(mail.body()).isEqualTo("My claim UC-1234-5678 is late.");
        assertThat(mail.quoted()).contains("Earlier message");
    }

    @Test
    void anUnknownCharsetIsDecodedWithANote() throws Exception {
        ParsedMail mail = parse(headers("text/plain; charset=\"x-unknown-7\"") + "\n" + "Où est mon dossier ?\n",
                StandardCharsets.UTF_8);

        assertThat(mail.body()).isEqualTo("Où est mon dossier ?");
        assertThat(mail.notes()).singleElement().asString().contains("Unknown character set 'x-unknown-7'", "UTF-8");
    }

    @Test
    void aBrokenStructureFallsBackToTheRawTextWithANote() throws Exception {
        ParsedMail mail = parse(headers("multipart/mixed; boundary=\"declared\"") + """

                --other
                Content-Type: text/plain

                My payment is missing.
                --other--
                """);

        assertThat(mail.body()).contains("My payment is missing.");
        assertThat(mail.notes()).anySatisfy(note -> assertThat(note).contains("structure is broken"));
    }

    @Test
    void anAttachmentOverTheLimitIsNotedNotRead() throws Exception {
        ParsedMail mail = parse(headers("multipart/mixed; boundary=\"b\"") + "\n--b\nContent-Type: text/plain\n\n"
                + "See attached.\n--b\nContent-Type: text/plain; name=\"notes.txt\"\n"
                + "Content-Disposition: attachment; filename=\"notes.txt\"\n\n" + "x".repeat(5000) + "\n--b--\n");

        assertThat(mail.body()).isEqualTo("See attached.");
        assertThat(mail.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.name()).isEqualTo("notes.txt");
            assertThat(attachment.note()).contains("not read");
            assertThat(attachment.text()).isEmpty();
        });
    }

    @Test
    void anEmptyBodyIsNoted() throws Exception {
        ParsedMail mail = parse(headers("text/plain") + "\n");

        assertThat(mail.body()).isEmpty();
        assertThat(mail.notes()).containsExactly("The message has no text.");
    }

    private ParsedMail parse(String raw) throws Exception {
        return parse(raw, StandardCharsets.ISO_8859_1);
    }

    private ParsedMail parse(String raw, java.nio.charset.Charset charset) throws Exception {
        return parser.parse(raw.getBytes(charset));
    }

    private static String headers(String contentType) {
        return "From: Ana Lima <ana.lima@example.org>\nTo: desk@example.gov\nSubject: My claim\n"
                + "Message-ID: <m1@example.org>\nMIME-Version: 1.0\nContent-Type: " + contentType + "\n";
    }
}
