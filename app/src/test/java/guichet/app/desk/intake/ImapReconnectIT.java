package guichet.app.desk.intake;

import guichet.app.desk.CaseDesk;
import guichet.app.desk.RunningDesk;
import guichet.app.desk.settings.DeskProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ssl.SslBundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail server that closes a connection left idle while a message is analysed (as servers with a short
 * idle timeout do): the poll reconnects and goes on, each message taken in once and marked read. The
 * server is the real GreenMail behind a real TCP relay that drops a connection after 200 ms of silence.
 */
class ImapReconnectIT extends RunningDesk {

    @Autowired
    Intake intake;

    @Autowired
    DeskProperties properties;

    @Autowired
    SslBundles bundles;

    @Autowired
    ImapPoller directPoller;

    @Autowired
    CaseDesk desk;

    @Test
    void aConnectionClosedWhileAMessageIsAnalysedIsOpenedAgainAndNothingIsTakenTwice() throws Exception {
        directPoller.pollNow(); // what other tests left unread is not part of this one
        for (String id : List.of("reconnect-1", "reconnect-2", "reconnect-3")) {
            deliverRaw("From: Sam Citizen <sam.citizen@example.com>\nTo: " + MAILBOX + "\nSubject: Payment " + id
                    + "\nDate: Mon, 10 Mar 2025 09:14:00 +0000\nMessage-ID: <" + id + "@example.com>\n"
                    + "Content-Type: text/plain; charset=utf-8\n\nMy Universal Credit payment (" + id
                    + ") did not arrive on the 7th. Can you check what happened?\n");
        }
        try (IdleDroppingRelay relay = new IdleDroppingRelay(MAIL.getImap().getPort(), 200)) {
            DeskProperties.Imap imap = properties.imap();
            DeskProperties throughRelay = new DeskProperties(properties.officerLanguage(),
                    new DeskProperties.Imap(true, "127.0.0.1", relay.port(), false, false, imap.username(),
                            imap.password(), imap.folder(), imap.interval(), imap.timeout(), null),
                    properties.smtp(), properties.limits(), properties.triage(), properties.summary(),
                    properties.draft(), properties.officers());

            ImapPoller.PollReport report = new ImapPoller(intake, throughRelay, bundles).pollNow();

            assertThat(relay.dropped()).as("the relay closed at least one idle connection").isPositive();
            assertThat(report.results()).hasSize(3)
                    .allSatisfy(result -> assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.CREATED));
            assertThat(report.results()).extracting(r -> desk.view(r.caseId()).orElseThrow().deskCase().messageId())
                    .containsExactly("reconnect-1@example.com", "reconnect-2@example.com", "reconnect-3@example.com");
        }
        assertThat(directPoller.pollNow().results()).as("every message was marked read").isEmpty();
    }

    /** Relays TCP connections to a port, closing any that carries no byte either way for a while. */
    static final class IdleDroppingRelay implements AutoCloseable {

        private final ServerSocket server;
        private final int target;
        private final int idleMillis;
        private volatile int dropped;

        IdleDroppingRelay(int target, int idleMillis) throws IOException {
            this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            this.target = target;
            this.idleMillis = idleMillis;
            Thread.ofVirtual().start(this::accept);
        }

        int port() {
            return server.getLocalPort();
        }

        int dropped() {
            return dropped;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    client.setSoTimeout(idleMillis);
                    Thread.ofVirtual().start(() -> pump(upstream, client, true));
                    Thread.ofVirtual().start(() -> pump(client, upstream, false));
                } catch (IOException e) {
                    return;
                }
            }
        }

        /** Copies one way; the client side's read timeout is the idle limit (the server only ever answers it). */
        private void pump(Socket from, Socket to, boolean serverSide) {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (SocketTimeoutException e) {
                if (!serverSide) {
                    dropped++;
                }
            } catch (IOException e) {
                // the other side went away
            } finally {
                close(from);
                close(to);
            }
        }

        private static void close(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
