package guichet.app.knowledge.cli;

import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.SkippedDocument;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;

/** An ingest drawn as a progress bar of documents on stderr, and its summary as the operator reads it. */
final class IngestProgressBar implements IngestListener, AutoCloseable {

    private final ProgressBar bar;

    /** @param expected the documents expected, or -1 when unknown */
    IngestProgressBar(String task, long expected) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(expected)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override
    public void progress(IngestProgress progress) {
        bar.stepTo(progress.documents());
        bar.setExtraMessage(progress.chunks() + " chunks, " + progress.skipped() + " skipped");
    }

    @Override
    public void close() {
        bar.close();
    }

    /** "Ingested 12 documents (10 new, 2 replaced), 3 unchanged, …" and each skipped document with its reason. */
    static void printSummary(PrintWriter out, IngestReport report) {
        out.printf("Ingested %d documents (%d new, %d replaced), %d unchanged, %d skipped; %d chunks in %.1f s "
                        + "(%.1f chunks/s; embedding %.1f s)%n", report.ingested(), report.added(), report.replaced(),
                report.unchanged(), report.skipped().size(), report.chunksWritten(), report.total().toMillis() / 1000.0,
                report.chunksPerSecond(), report.embedding().toMillis() / 1000.0);
        for (SkippedDocument skipped : report.skipped()) {
            out.println("  skipped " + skipped.source() + ": " + skipped.reason());
        }
    }
}
