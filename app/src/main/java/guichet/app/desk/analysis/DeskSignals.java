package guichet.app.desk.analysis;

import guichet.app.desk.analysis.text.SignalRules;
import guichet.app.desk.settings.DeskProperties;
import guichet.app.desk.analysis.urgency.ContextCues;
import guichet.app.desk.analysis.urgency.MessageClauses;
import guichet.app.desk.analysis.urgency.UrgencyReading;
import guichet.app.desk.analysis.urgency.UrgencyRules;
import guichet.app.desk.store.Signal;
import guichet.app.system.settings.OverridableResources;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The desk's deterministic signals: urgency rules ({@code desk/urgency/*.txt}: risk to life, threats
 * to the writer, someone in their care or staff, safeguarding, no money for food, heating or medicine,
 * eviction, bailiffs, homelessness, sole income stopped, a deadline within about a working day), read
 * clause by clause against the day the message came in, and vulnerability rules
 * ({@code desk/vulnerability/*.txt}). The files are operator-overridable.
 */
@Component
public class DeskSignals {

    private final UrgencyRules urgency;
    private final SignalRules vulnerability;

    @Autowired
    public DeskSignals(OverridableResources resources, DeskProperties properties) {
        this(resources, properties.triage().soonWorkingDays(), properties.triage().farWorkingDays());
    }

    /**
     * @param soonWorkingDays a date at most this many working days ahead is soon
     * @param farWorkingDays a date more than this many working days ahead is far
     */
    public DeskSignals(OverridableResources resources, int soonWorkingDays, int farWorkingDays) {
        ContextCues cues = ContextCues.load(resources);
        this.urgency = new UrgencyRules(UrgencyRules.load(resources), cues,
                new MessageClauses(cues, soonWorkingDays, farWorkingDays));
        this.vulnerability = SignalRules.load(resources, "desk/vulnerability");
    }

    /** The urgency rules that match, those that count and those that do not, read against the day it came in. */
    public UrgencyReading urgency(String text, String language, LocalDate received) {
        return urgency.read(text, language, received);
    }

    public List<Signal> vulnerability(String text, String language) {
        return vulnerability.find(text, language);
    }

    public UrgencyRules urgencyRules() {
        return urgency;
    }
}
