package guichet.models;

import java.util.ArrayList;
import java.util.List;

/** Keeps every progress event, as a progress bar would receive them. */
final class RecordingProgress implements ProgressListener {

    /** One task: its label, the total announced and the bytes reported. */
    record Task(String label, long total, long advanced, boolean ended) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @Override
    public synchronized void begin(String label, long totalBytes) {
        tasks.add(new Task(label, totalBytes, 0, false));
    }

    @Override
    public synchronized void advance(long bytes) {
        Task current = tasks.getLast();
        tasks.set(tasks.size() - 1, new Task(current.label(), current.total(), current.advanced() + bytes, false));
    }

    @Override
    public synchronized void end() {
        Task current = tasks.getLast();
        tasks.set(tasks.size() - 1, new Task(current.label(), current.total(), current.advanced(), true));
    }

    @Override
    public synchronized void note(String message) {
        notes.add(message);
    }

    synchronized List<Task> tasks() {
        return List.copyOf(tasks);
    }

    synchronized List<String> notes() {
        return List.copyOf(notes);
    }
}
