package guichet.app.desk.analysis;

import guichet.app.system.engine.WarmUp;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.function.BooleanSupplier;

/**
 * Loads the active triage classifier, or trains the built-in one on a fresh desk, before the first
 * message arrives: otherwise that message's request, and every request behind it, waits for the training.
 * A Guichet that serves no desk (citizens only) may turn it off: {@code guichet.desk.triage.warm-up=false}.
 */
@Component
@ConditionalOnProperty(name = "guichet.desk.triage.warm-up", havingValue = "true", matchIfMissing = true)
@Order(10)
class TriageWarmUp implements WarmUp {

    private final Triage triage;

    TriageWarmUp(Triage triage) {
        this.triage = triage;
    }

    @Override
    public String name() {
        return "triage classifier";
    }

    @Override
    public void warmUp(BooleanSupplier stop) {
        triage.warmUp(stop);
    }
}
