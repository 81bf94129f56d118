package guichet.app.desk.analysis;

import guichet.app.desk.store.Signal;
import guichet.app.system.settings.OverridableResources;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The desk's deterministic signals: urgency rules ({@code desk/urgency/*.txt}: risk to life, threat
 * of harm, safeguarding, no money for food, heating or medicine, eviction, bailiffs, homelessness,
 * sole income stopped, a deadline within about a working day) and vulnerability rules
 * ({@code desk/vulnerability/*.txt}). Both files are operator-overridable.
 */
@Component
public class DeskSignals {

    private final SignalRules urgency;
    private final SignalRules vulnerability;

    @Autowired
    public DeskSignals(OverridableResources resources) {
        this(SignalRules.load(resources, "desk/urgency"), SignalRules.load(resources, "desk/vulnerability"));
    }

    public DeskSignals(SignalRules urgency, SignalRules vulnerability) {
        this.urgency = urgency;
        this.vulnerability = vulnerability;
    }

    public List<Signal> urgency(String text, String language) {
        return urgency.find(text, language);
    }

    public List<Signal> vulnerability(String text, String language) {
        return vulnerability.find(text, language);
    }

    public SignalRules urgencyRules() {
        return urgency;
    }
}
