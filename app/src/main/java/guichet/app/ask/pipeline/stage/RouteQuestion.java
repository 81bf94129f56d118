package guichet.app.ask.pipeline.stage;

import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.Stage;
import guichet.app.ask.routing.PrototypeClassifier;
import guichet.app.ask.routing.RouteAction;
import guichet.app.ask.routing.RouteLabel;
import guichet.app.ask.routing.RouteLabels;
import guichet.app.ask.routing.RoutingRules;
import guichet.app.ask.safety.PatternRule;
import guichet.app.ask.text.CitizenTexts;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * Stage 4: decides what kind of message this is. Crisis and harmful requests are recognised by
 * deterministic rules, on the question as typed and as rephrased (a rephrasing must not hide a
 * crisis); everything else by the nearest labelled examples in embedding space, which falls back
 * to answering when unsure. Labels that do not answer stop with their canned reply; crisis
 * replies carry the help lines.
 */
@Component
public class RouteQuestion implements Stage {

    private final RoutingRules rules;
    private final PrototypeClassifier classifier;
    private final RouteLabels labels;
    private final CitizenTexts texts;

    public RouteQuestion(RoutingRules rules, PrototypeClassifier classifier, RouteLabels labels, CitizenTexts texts) {
        this.rules = rules;
        this.classifier = classifier;
        this.labels = labels;
        this.texts = texts;
    }

    @Override
    public void apply(AnswerContext context) {
        String question = context.standaloneQuestion();
        Optional<PatternRule> crisis = rules.crisis(context.question(), question);
        if (crisis.isPresent()) {
            route(context, labels.get(RouteLabels.CRISIS), "rule " + crisis.get().qualifiedId());
            return;
        }
        Optional<PatternRule> harmful = rules.harmful(context.question(), question);
        if (harmful.isPresent()) {
            route(context, labels.get(RouteLabels.HARMFUL), "rule " + harmful.get().qualifiedId());
            return;
        }
        PrototypeClassifier.Classification result = classifier.classify(question);
        route(context, labels.get(result.label()), String.format(Locale.ROOT, "examples score=%.3f margin=%.3f%s",
                result.score(), result.margin(), result.unsure() ? " unsure" : ""));
    }

    private void route(AnswerContext context, RouteLabel label, String how) {
        context.route(label.id());
        if (label.action() == RouteAction.ANSWER) {
            return;
        }
        String language = context.language();
        String reply = label.action() == RouteAction.CRISIS
                ? texts.reply(label.reply(), language, texts.helpLinesText(language))
                : texts.reply(label.reply(), language);
        context.stop(label.action().status(), reply, "route " + label.id() + " by " + how);
    }
}
