package guichet.app.desk.analysis;

import org.springframework.stereotype.Component;

/**
 * Urgency (signals read against the day the message came in, then the classifier, erring on urgent) and
 * category, primary and secondary (the classifier), with reasons. A message in a language the urgency
 * rules are not written in gets a note saying so.
 */
@Component
public class AssessTriage implements AnalysisStep {

    private final Triage triage;
    private final DeskSignals signals;

    public AssessTriage(Triage triage, DeskSignals signals) {
        this.triage = triage;
        this.signals = signals;
    }

    @Override
    public void apply(AnalysisContext context) {
        java.util.Set<String> ruled = signals.urgencyRules().languages();
        if (!ruled.contains(context.language())) {
            context.note("Written in " + name(context.language()) + ": the urgency rules read "
                    + ruled.stream().map(AssessTriage::name).collect(java.util.stream.Collectors.joining(" and "))
                    + " only, so urgency and category rest on the classifier, which reads many languages; check the "
                    + "urgency yourself.");
        }
        context.decision(triage.decide(context.text(), context.language(), context.receivedAt()));
    }

    private static String name(String language) {
        String name = java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH);
        return name.isBlank() ? language : name;
    }
}
