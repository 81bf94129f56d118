package guichet.models.pull;

import guichet.models.ProgressListener;

/**
 * Shows the transfers of several parts as the one task the caller began: each part's own tasks are hidden and
 * its bytes are passed on once, even when its transfer starts again from zero.
 */
final class PartsProgress implements ProgressListener {

    private final ProgressListener whole;
    private long shown;
    private long done;

    PartsProgress(ProgressListener whole) {
        this.whole = whole;
    }

    /** The next part starts; nothing of it has been shown yet. */
    synchronized void nextPart() {
        shown = 0;
        done = 0;
    }

    @Override
    public synchronized void begin(String label, long totalBytes) {
        // A part's transfer that begins again re-reads bytes already shown: count them only past that mark.
        done = 0;
    }

    @Override
    public synchronized void advance(long bytes) {
        done += bytes;
        if (done > shown) {
            whole.advance(done - shown);
            shown = done;
        }
    }

    @Override
    public void end() {
        // The caller ends the whole task.
    }

    @Override
    public void note(String message) {
        whole.note(message);
    }
}
