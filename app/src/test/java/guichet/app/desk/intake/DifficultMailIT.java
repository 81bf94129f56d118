package guichet.app.desk.intake;

import guichet.app.desk.CaseDesk;
import guichet.app.desk.CaseView;
import guichet.app.desk.RunningDesk;
import guichet.app.desk.store.CaseEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail nobody writes on purpose, through the real mailbox (GreenMail, IMAP) and the real models: an
 * empty body, HTML only, a 10 MB body (over this desk's 2 MB limit) and a 1.5 MB one (under it), a binary
 * attachment and no text, broken transfer encodings and charsets, fifty quoted replies, a message in a
 * third language. Each gets a triage outcome (all three labels) or a recorded rejection with its reason,
 * and every message delivered is accounted for.
 */
class DifficultMailIT extends RunningDesk {

    @Autowired
    ImapPoller poller;

    @Autowired
    CaseDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMessageGetsATriageOutcomeOrAReasonAndNoneIsLost() throws Exception {
        deliverRaw(headers("d-empty", "text/plain; charset=utf-8", "Urgent") + "\n");
        deliverRaw(headers("d-html", "text/html; charset=utf-8", "Rent") + "\n<html><head><style>p{color:red}</style>"
                + "<script>alert(1)</script></head><body><p>My housing payment is &pound;120 lower this month.</p>"
                + "<table><tr><td>Claim</td><td>4471 2209</td></tr></table><p>Can you check it?</p></body></html>\n");
        deliverRaw(headers("d-ten-mb", "text/plain; charset=utf-8", "My diary") + "\n"
                + "I am writing down everything that happened with my claim. ".repeat(10 * 1024 * 1024 / 58) + "\n");
        deliverRaw(headers("d-long", "text/plain; charset=utf-8", "Everything since January") + "\n"
                + "My payment has been wrong every month since January and nobody explains why. ".repeat(1_500_000 / 78)
                + "\n");
        deliverRaw(headers("d-binary-only", "multipart/mixed; boundary=\"bin\"", "") + "\n--bin\n"
                + "Content-Type: application/octet-stream; name=\"scan.bin\"\n"
                + "Content-Disposition: attachment; filename=\"scan.bin\"\nContent-Transfer-Encoding: base64\n\n"
                + base64(20 * 1024) + "\n--bin--\n");
        deliverRaw(headers("d-bad-base64", "text/plain; charset=utf-8", "Payment") + "Content-Transfer-Encoding: base64\n\n"
                + "TXkgcGF5bWVudCBpcyBtaXNzaW5n!!!not*base64%%%\n");
        deliverRaw(headers("d-bad-qp", "text/plain; charset=utf-8", "=?x-unknown-charset?B?UGF5bWVudA==?=")
                + "Content-Transfer-Encoding: quoted-printable\n\nMy p=ZZayment =E9t=C3=A9 is late=\n and =XX I need help.\n");
        deliverRaw(headers("d-wrong-charset", "text/plain; charset=utf-8", "Caf\u00e9 et logement") + "\n"
                + "Mon APL n'est pas arriv\u00e9e ce mois-ci, pouvez-vous v\u00e9rifier ?\n");
        deliverRaw(headers("d-fifty-replies", "text/plain; charset=utf-8", "Re: Re: Re: my claim") + "\n"
                + "Still no answer. Where is my money?\n\n" + quotedReplies(50));
        deliverRaw(headers("d-german", "text/plain; charset=utf-8", "Keine Zahlung") + "\n"
                + "Guten Tag, meine Zahlung ist diesen Monat nicht gekommen. Ich habe kein Geld mehr und nichts zu essen "
                + "f\u00fcr meine Kinder. Bitte helfen Sie mir heute.\n");

        ImapPoller.PollReport report = poller.pollNow();

        assertThat(report.results()).as("every message delivered is accounted for").hasSize(10);
        assertThat(report.count(IntakeResult.Outcome.CREATED) + report.count(IntakeResult.Outcome.REJECTED)
                + report.count(IntakeResult.Outcome.DUPLICATE)).isEqualTo(10);
        assertThat(report.count(IntakeResult.Outcome.REJECTED)).isEqualTo(1);
        assertThat(report.results()).filteredOn(r -> r.outcome() == IntakeResult.Outcome.REJECTED).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("larger than the 2.0 MB limit"));
        assertThat(jdbc.sql("select count(*) from desk_rejection where reason like '%larger than the 2.0 MB limit%'")
                .query(Integer.class).single()).isPositive();

        Map<String, CaseView> cases = report.results().stream().filter(r -> r.outcome() == IntakeResult.Outcome.CREATED)
                .map(r -> desk.view(r.caseId()).orElseThrow())
                .collect(Collectors.toMap(v -> v.deskCase().messageId().replace("@example.com", ""), v -> v));
        assertThat(cases).hasSize(9);
        for (CaseView view : cases.values()) {
            assertThat(view.labels()).as("triaged: " + view.deskCase().messageId()).hasSize(3);
            assertThat(view.urgency().value()).isIn("urgent", "general");
        }
        assertThat(cases.get("d-empty").deskCase().intakeNotes()).contains("The message has no text.");
        assertThat(cases.get("d-html").deskCase().body()).contains("£120 lower", "Can you check it?")
                .doesNotContain("<p>", "alert(1)", "color:red");
        assertThat(cases.get("d-long").deskCase().intakeNotes()).anySatisfy(note -> assertThat(note).contains("only its first"));
        assertThat(cases.get("d-binary-only").deskCase().intakeNotes()).contains("The message has no text, only attachments.");
        assertThat(cases.get("d-binary-only").deskCase().attachments()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("scan.bin"));
        assertThat(cases.get("d-fifty-replies").deskCase().body()).isEqualTo("Still no answer. Where is my money?");
        assertThat(cases.get("d-fifty-replies").deskCase().quoted()).contains("wrote:");
        assertThat(cases.get("d-german").deskCase().language()).isEqualTo("de");
        assertThat(notes(cases.get("d-german"))).anySatisfy(note -> assertThat(note)
                .contains("Written in German", "check the urgency yourself"));
        assertThat(poller.pollNow().results()).as("nothing is left behind in the mailbox").isEmpty();
    }

    private static List<String> notes(CaseView view) {
        return view.events().stream().filter(e -> e.kind().equals("analysis_note")).map(CaseEvent::detail).toList();
    }

    private static String quotedReplies(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = count; i > 0; i--) {
            String prefix = "> ".repeat(count - i);
            text.append(prefix).append("On Mon, 3 Mar 2025 at 09:").append(String.format("%02d", i % 60))
                    .append(", Sam Citizen <sam.citizen@example.com> wrote:\n")
                    .append(prefix).append("> Reply number ").append(i).append(": where is my payment?\n");
        }
        return text.toString();
    }

    private static String headers(String id, String contentType, String subject) {
        return "From: Sam Citizen <sam.citizen@example.com>\nTo: " + MAILBOX + "\nSubject: " + subject + "\n"
                + "Date: Mon, 10 Mar 2025 09:14:00 +0000\nMessage-ID: <" + id + "@example.com>\nMIME-Version: 1.0\n"
                + "Content-Type: " + contentType + "\n";
    }

    private static String base64(int bytes) {
        byte[] data = new byte[bytes];
        new Random(11).nextBytes(data);
        return Base64.getMimeEncoder().encodeToString(data);
    }
}
