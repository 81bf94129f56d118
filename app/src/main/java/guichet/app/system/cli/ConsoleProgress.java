package guichet.app.system.cli;

import guichet.models.ProgressListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/** Draws model transfers and checks as progress bars (bytes, rate, ETA) on stderr. */
public final class ConsoleProgress implements ProgressListener {

    private static final long MEGABYTE = 1L << 20;

    private final PrintStream out;
    private ProgressBar bar;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void begin(String label, long totalBytes) {
        end();
        bar = new ProgressBarBuilder()
                .setTaskName(label)
                .setInitialMax(totalBytes)
                .setUnit(" MiB", MEGABYTE)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
    }

    @Override
    public synchronized void advance(long bytes) {
        if (bar != null) {
            bar.stepBy(bytes);
        }
    }

    @Override
    public synchronized void end() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public synchronized void note(String message) {
        out.println(message);
    }
}
