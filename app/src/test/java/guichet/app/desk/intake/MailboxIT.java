package guichet.app.desk.intake;

import guichet.app.desk.CaseDesk;
import guichet.app.desk.CaseView;
import guichet.app.desk.RunningDesk;
import guichet.app.desk.store.CaseStore;
import guichet.app.desk.store.LabelName;
import guichet.app.desk.store.Reference;
import guichet.app.desk.store.Reply;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens' mail through a real mailbox: delivered over SMTP, read over IMAP, analysed into cases; a
 * duplicate delivery makes no second case; nothing goes out until an officer approves a reply on the
 * desk page, and then it is delivered through the office's SMTP server.
 */
class MailboxIT extends RunningDesk {

    private static final String CITIZEN = "m.hollis@example.org";

    @Autowired
    ImapPoller poller;

    @Autowired
    CaseDesk desk;

    @Autowired
    CaseStore store;

    @Test
    void deliveredMailBecomesACaseWithSummaryLabelsReferencesAndACitedDraft() throws Exception {
        send(advanceRequest("<advance-1@mail.example.org>"));

        ImapPoller.PollReport report = poller.pollNow();

        assertThat(report.results()).extracting(IntakeResult::outcome).containsExactly(IntakeResult.Outcome.CREATED);
        CaseView view = desk.view(report.results().getFirst().caseId()).orElseThrow();
        assertThat(view.deskCase().senderAddress()).isEqualTo(CITIZEN);
        // A new claim waiting for its first payment, asking how to get an advance: any of these is a fair reading.
        assertThat(view.category().value()).isIn("payment_problem", "claim_status", "information_request");
        assertThat(view.deskCase().summary()).startsWith("Margaret Hollis writes about: "
                + view.category().value().replace('_', ' ').replace("claim status", "claim status or reconsideration"))
                .contains("How do I apply for a Universal Credit advance");
        assertThat(view.urgency().value()).isIn("urgent", "general");
        assertThat(view.urgency().reason()).contains("p(urgent)");
        assertThat(view.category().reason()).contains("classifier");
        assertThat(view.urgency().classifierVersion()).startsWith("triage-");
        assertThat(view.references()).contains(Reference.of(Reference.Kind.CLAIM_NUMBER, "UC-4410-2291"),
                Reference.of(Reference.Kind.NATIONAL_INSURANCE_NUMBER, "[NI ••••••93B]"));
        assertThat(view.references()).extracting(Reference::kind).contains("date", "amount");
        assertThat(view.draft().text()).contains("Dear Margaret Hollis", "[1]", "GC-");
        assertThat(view.draft().citations()).isNotEmpty();
        assertThat(view.draft().citations().getFirst().url()).startsWith("https://www.gov.uk/");
        assertThat(view.history()).extracting(change -> change.setBy().id()).containsOnly("ai");

        // The same message delivered again (same Message-ID), and a copy under a new Message-ID.
        send(advanceRequest("<advance-1@mail.example.org>"));
        send(advanceRequest("<advance-1-resent@mail.example.org>"));
        int cases = store.count();
        ImapPoller.PollReport again = poller.pollNow();

        assertThat(again.results()).extracting(IntakeResult::outcome)
                .containsExactly(IntakeResult.Outcome.DUPLICATE, IntakeResult.Outcome.DUPLICATE);
        assertThat(again.results()).extracting(IntakeResult::caseId).containsOnly(view.deskCase().id());
        assertThat(store.count()).isEqualTo(cases);
        assertThat(poller.pollNow().results()).as("read messages are not taken again").isEmpty();
    }

    @Test
    void nothingLeavesUntilAnOfficerApprovesThenTheReplyGoesThroughSmtp() throws Exception {
        MimeMessage question = advanceRequest("<advance-2@mail.example.org>");
        question.setFrom(new InternetAddress("peter.quince@example.net", "Peter Quince"));
        question.setText(question.getContent().toString().replace("UC-4410-2291", "UC-7781-0042")
                .replace("Margaret Hollis", "Peter Quince"), "UTF-8");
        send(question);
        String caseId = poller.pollNow().results().getFirst().caseId();
        desk.analyseAgain(caseId, "olivia");
        desk.relabel(caseId, "urgency", "urgent", "first payment is five weeks away", "olivia");
        desk.assign(caseId, "samir", "olivia");

        assertThat(repliesTo("example.net")).as("analysis, re-labelling and assigning send nothing").isEmpty();

        Officer samir = officer("samir");
        String page = "/desk/cases/" + caseId;
        String draft = desk.view(caseId).orElseThrow().draft().text();
        HttpResponse<String> saved = samir.submit(page, page + "/draft",
                Map.of("subject", "Re: Universal Credit advance", "text", draft + "\nP.S. Checked by Samir.",
                        "action", "save"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(repliesTo("example.net")).as("saving a draft sends nothing").isEmpty();

        HttpResponse<String> approved = samir.submit(page, page + "/draft",
                Map.of("subject", "Re: Universal Credit advance", "text", draft + "\nP.S. Checked by Samir.",
                        "action", "approve"));

        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(approved.headers().firstValue("Location").orElseThrow()).contains("done=sent");
        List<MimeMessage> sent = repliesTo("example.net");
        assertThat(sent).hasSize(1);
        MimeMessage reply = sent.getFirst();
        assertThat(reply.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("peter.quince@example.net");
        assertThat(reply.getFrom()[0].toString()).isEqualTo("correspondence@guichet.test");
        assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo("<advance-2@mail.example.org>");
        assertThat(reply.getContent().toString()).contains("P.S. Checked by Samir.", "Dear Peter Quince");
        Reply recorded = desk.view(caseId).orElseThrow().replies().getFirst();
        assertThat(recorded.status()).isEqualTo(Reply.Status.SENT);
        assertThat(recorded.approvedBy()).isEqualTo("samir");
        assertThat(recorded.approvedAt()).isNotNull();
        assertThat(samir.get(page).body()).contains("Approved by", "samir");
    }

    @Test
    void officersLabelsKeepTheirHistory() throws Exception {
        MimeMessage message = advanceRequest("<advance-3@mail.example.org>");
        message.setFrom(new InternetAddress("h.baptiste@example.com", "Hugo Baptiste"));
        message.setText(message.getContent().toString().replace("UC-4410-2291", "UC-1200-3141")
                .replace("Margaret Hollis", "Hugo Baptiste"), "UTF-8");
        send(message);
        String caseId = poller.pollNow().results().getFirst().caseId();
        String aiCategory = desk.view(caseId).orElseThrow().category().value();

        HttpResponse<String> relabelled = officer("olivia").submit("/desk/cases/" + caseId,
                "/desk/cases/" + caseId + "/labels", Map.of("name", "category", "value", "information_request",
                        "note", "asks how advances work"));

        assertThat(relabelled.statusCode()).isEqualTo(302);
        CaseView view = desk.view(caseId).orElseThrow();
        assertThat(view.category().value()).isEqualTo("information_request");
        assertThat(view.category().setBy().id()).isEqualTo("human");
        assertThat(view.category().officer()).isEqualTo("olivia");
        var categoryHistory = view.history().stream().filter(change -> change.name() == LabelName.CATEGORY).toList();
        assertThat(categoryHistory).hasSize(2);
        assertThat(categoryHistory.get(0).setBy().id()).isEqualTo("ai");
        assertThat(categoryHistory.get(0).previousValue()).isNull();
        assertThat(categoryHistory.get(1).setBy().id()).isEqualTo("human");
        assertThat(categoryHistory.get(1).previousValue()).isEqualTo(aiCategory);
        assertThat(categoryHistory.get(1).changedAt()).isNotNull();
        assertThat(categoryHistory.get(1).classifierVersion()).startsWith("triage-");

        desk.analyseAgain(caseId, "olivia");

        assertThat(desk.view(caseId).orElseThrow().category().value()).as("the AI never replaces an officer's label")
                .isEqualTo("information_request");
    }

    private static List<MimeMessage> repliesTo(String domain) {
        return Arrays.asList(MAIL.getReceivedMessagesForDomain(domain));
    }

    private static MimeMessage advanceRequest(String messageId) throws Exception {
        MimeMessage message = new MimeMessage(smtpSession()) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(CITIZEN, "Margaret Hollis"));
        message.setRecipients(Message.RecipientType.TO, MAILBOX);
        message.setSubject("Universal Credit advance");
        message.setText("""
                Dear Sir or Madam,

                I made a new claim for Universal Credit on 3 March 2025 (claim ref UC-4410-2291) and my first \
                payment is not due for five weeks. I have £40 to last until then.

                How do I apply for a Universal Credit advance, and how do I pay the advance back?

                My National Insurance number is JT 48 21 93 B.

                Yours faithfully,
                Margaret Hollis
                """, "UTF-8");
        return message;
    }
}
