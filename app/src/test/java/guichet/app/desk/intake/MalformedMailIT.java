package guichet.app.desk.intake;

import guichet.app.desk.CaseDesk;
import guichet.app.desk.RunningDesk;
import guichet.app.desk.store.DeskCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged mail in the mailbox — broken MIME, an unknown charset, a huge attachment, an empty body, a
 * message over the size limit, bytes that are not mail — each becomes a case with a clear note or a
 * recorded rejection with its reason, and the rest of the mailbox goes on.
 */
class MalformedMailIT extends RunningDesk {

    @Autowired
    ImapPoller poller;

    @Autowired
    CaseDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void damagedMailBecomesNotedCasesOrReasonedRejectionsAndTheRestGoesOn() throws Exception {
        deliverRaw(headers("broken-mime", "multipart/mixed; boundary=\"declared-boundary\"", "JSA payment missing") + """

                --another-boundary
                Content-Type: text/plain

                My New Style JSA payment has been missing since 2 June. Please check what happened.
                --another-boundary
                """);
        deliverRaw(headers("unknown-charset", "text/plain; charset=\"x-klingon-9\"", "Question sur mon dossier") + "\n"
                + "Bonjour, o\u00f9 en est ma demande d'allocation ? J'ai envoy\u00e9 mes justificatifs le 3 mars.\n");
        deliverRaw(headers("huge-attachment", "multipart/mixed; boundary=\"b1\"", "Payslips attached") + "\n--b1\n"
                + "Content-Type: text/plain; charset=utf-8\n\nPlease find my payslips attached for my claim.\n--b1\n"
                + "Content-Type: application/octet-stream; name=\"payslips.zip\"\n"
                + "Content-Disposition: attachment; filename=\"payslips.zip\"\nContent-Transfer-Encoding: base64\n\n"
                + base64(400 * 1024) + "\n--b1--\n");
        deliverRaw(headers("empty-body", "text/plain; charset=utf-8", "Help") + "\n");
        deliverRaw(headers("too-large", "multipart/mixed; boundary=\"b2\"", "Scans") + "\n--b2\n"
                + "Content-Type: text/plain\n\nScans of my documents.\n--b2\nContent-Type: image/png\n"
                + "Content-Transfer-Encoding: base64\n\n" + base64(2_300 * 1024) + "\n--b2--\n");
        deliverRaw("\u0000\u0001binary rubbish that is not a mail message at all\r\n\r\n\u0002");
        deliverRaw(headers("after-the-damage", "text/plain; charset=utf-8", "Change of address") + "\n"
                + "I moved to 22 Canal Street, Manchester M1 3HE on 1 April. Please update my address.\n");

        ImapPoller.PollReport report = poller.pollNow();

        assertThat(report.results()).hasSize(7);
        assertThat(report.count(IntakeResult.Outcome.CREATED)).isEqualTo(5);
        assertThat(report.count(IntakeResult.Outcome.REJECTED)).isEqualTo(2);
        Map<String, DeskCase> cases = report.results().stream().filter(r -> r.caseId() != null)
                .map(r -> desk.view(r.caseId()).orElseThrow().deskCase())
                .collect(java.util.stream.Collectors.toMap(c -> c.messageId().replace("@example.com", ""), c -> c));

        assertThat(cases.get("broken-mime").intakeNotes()).anySatisfy(note -> assertThat(note).contains("broken"));
        assertThat(cases.get("broken-mime").body()).contains("JSA payment has been missing");
        assertThat(cases.get("unknown-charset").intakeNotes()).anySatisfy(note -> assertThat(note)
                .contains("Unknown character set", "x-klingon-9"));
        assertThat(cases.get("unknown-charset").body()).contains("demande d'allocation");
        assertThat(cases.get("huge-attachment").attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.name()).isEqualTo("payslips.zip");
            assertThat(attachment.note()).contains("not read", "too large");
        });
        assertThat(cases.get("huge-attachment").body()).contains("payslips attached");
        assertThat(cases.get("empty-body").intakeNotes()).contains("The message has no text.");
        assertThat(cases.get("after-the-damage").body()).contains("22 Canal Street");
        for (DeskCase deskCase : cases.values()) {
            assertThat(desk.view(deskCase.id()).orElseThrow().labels()).as("analysed: " + deskCase.messageId()).hasSize(3);
        }

        List<String> reasons = report.results().stream().filter(r -> r.outcome() == IntakeResult.Outcome.REJECTED)
                .map(IntakeResult::reason).toList();
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("is larger than the 2.0 MB limit", "not downloaded"));
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("not an email message"));
        assertThat(jdbc.sql("select reason from desk_rejection").query(String.class).list()).containsAll(reasons);
        assertThat(poller.pollNow().results()).as("every message was taken, rejected ones too").isEmpty();
    }

    private static String headers(String id, String contentType, String subject) {
        return "From: Sam Citizen <sam.citizen@example.com>\nTo: " + MAILBOX + "\nSubject: " + subject + "\n"
                + "Date: Mon, 10 Mar 2025 09:14:00 +0000\nMessage-ID: <" + id + "@example.com>\nMIME-Version: 1.0\n"
                + "Content-Type: " + contentType + "\n";
    }

    private static String base64(int bytes) {
        byte[] data = new byte[bytes];
        new Random(7).nextBytes(data);
        return Base64.getMimeEncoder().encodeToString(data);
    }
}
