package guichet.app.desk.analysis.urgency;

import java.util.List;

/**
 * What the urgency rules found in a message: the signals that count and those that matched words but
 * do not count (quoted, hearsay, past, hypothetical, denied, over, far), each with its reason.
 */
public record UrgencyReading(List<UrgencySignal> signals) {

    public UrgencyReading {
        signals = List.copyOf(signals);
    }

    public List<UrgencySignal> counted() {
        return signals.stream().filter(UrgencySignal::counts).toList();
    }

    public List<UrgencySignal> discounted() {
        return signals.stream().filter(signal -> !signal.counts()).toList();
    }

    public boolean urgent() {
        return signals.stream().anyMatch(UrgencySignal::counts);
    }
}
