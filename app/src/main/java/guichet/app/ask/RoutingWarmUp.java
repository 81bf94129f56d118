package guichet.app.ask;

import guichet.app.ask.routing.PrototypeClassifier;
import guichet.app.ask.crisis.CrisisDetector;
import guichet.app.ask.refusal.HarmfulIntent;
import guichet.app.system.engine.WarmUp;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.function.BooleanSupplier;

/** Embeds the routing, crisis and harmful-request examples before the first citizen's question. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoutingWarmUp implements WarmUp {

    private final PrototypeClassifier classifier;
    private final CrisisDetector crisis;
    private final HarmfulIntent harmful;

    RoutingWarmUp(PrototypeClassifier classifier, CrisisDetector crisis, HarmfulIntent harmful) {
        this.classifier = classifier;
        this.crisis = crisis;
        this.harmful = harmful;
    }

    @Override
    public String name() {
        return "routing examples";
    }

    @Override
    public void warmUp(BooleanSupplier stop) {
        classifier.warmUp(stop);
        crisis.warmUp(stop);
        harmful.warmUp(stop);
    }
}
