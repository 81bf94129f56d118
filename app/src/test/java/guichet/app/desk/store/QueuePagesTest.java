package guichet.app.desk.store;

import guichet.app.desk.CaseDesk;
import guichet.app.desk.DeskFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A long queue is read a page at a time, in queue order, with nothing left out or shown twice. */
class QueuePagesTest {

    private final CaseStore store = DeskFixtures.store(DeskFixtures.database());

    @Test
    void theQueueIsReadAPageAtATimeWithEveryCaseOnce() {
        for (int i = 0; i < 23; i++) {
            store.insert(new NewCase("<m" + i + "@example.org>", "sha" + i, "api", "citizen" + i + "@example.org",
                    "Citizen " + i, "Message " + i, "Body " + i, "", List.of(), List.of(),
                    Instant.parse("2026-12-01T09:00:00Z").plusSeconds(60L * i)));
        }

        CaseDesk.QueuePage first = CaseDesk.QueuePage.read(store.queueSize(false), 1, 10,
                (offset, limit) -> store.queue(false, offset, limit));
        CaseDesk.QueuePage third = CaseDesk.QueuePage.read(store.queueSize(false), 3, 10,
                (offset, limit) -> store.queue(false, offset, limit));
        CaseDesk.QueuePage past = CaseDesk.QueuePage.read(store.queueSize(false), 9, 10,
                (offset, limit) -> store.queue(false, offset, limit));

        assertThat(first.total()).isEqualTo(23);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.entries()).hasSize(10);
        assertThat(first.entries().getFirst().subject()).isEqualTo("Message 0");
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(third.entries()).extracting(QueueEntry::subject).containsExactly("Message 20", "Message 21", "Message 22");
        assertThat(third.first()).isEqualTo(21);
        assertThat(third.last()).isEqualTo(23);
        assertThat(third.hasNext()).isFalse();
        assertThat(past.page()).isEqualTo(3);
        List<String> all = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            CaseDesk.QueuePage read = CaseDesk.QueuePage.read(store.queueSize(false), page, 10,
                    (offset, limit) -> store.queue(false, offset, limit));
            read.entries().forEach(entry -> all.add(entry.id()));
        }
        assertThat(all).hasSize(23).doesNotHaveDuplicates();
    }

    @Test
    void anEmptyQueueIsOnePageWithNothingOnIt() {
        CaseDesk.QueuePage page = CaseDesk.QueuePage.read(store.queueSize(false), 1, 10,
                (offset, limit) -> store.queue(false, offset, limit));

        assertThat(page.entries()).isEmpty();
        assertThat(page.pages()).isEqualTo(1);
        assertThat(page.first()).isZero();
    }
}
