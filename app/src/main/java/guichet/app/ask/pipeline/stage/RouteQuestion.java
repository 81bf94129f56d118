package guichet.app.ask.pipeline.stage;

import guichet.app.ask.crisis.CrisisCategories;
import guichet.app.ask.crisis.CrisisDetector;
import guichet.app.ask.crisis.CrisisReplies;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
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
 * Stage 5: decides what kind of message this is, from the citizen's own words (never from text
 * they pasted). First whether they may be in crisis, and which kind (rules for explicit phrases,
 * the embedder and examples for indirect ones), on the request as typed and as rephrased (a
 * rephrasing must not hide a crisis): the crisis reply, with the lines for that crisis, comes first;
 * a question that came with it is still answered after it, unless the category says not to. Then
 * harmful requests by deterministic rules; everything else by the nearest labelled examples in
 * embedding space, which falls back to answering when unsure. Labels that do not answer stop with
 * their canned reply.
 */
@Component
public class RouteQuestion implements Stage {

    private final CrisisDetector crisis;
    private final CrisisCategories categories;
    private final CrisisReplies crisisReplies;
    private final RoutingRules rules;
    private final PrototypeClassifier classifier;
    private final RouteLabels labels;
    private final CitizenTexts texts;

    public RouteQuestion(CrisisDetector crisis, CrisisCategories categories, CrisisReplies crisisReplies, RoutingRules rules,
                         PrototypeClassifier classifier, RouteLabels labels, CitizenTexts texts) {
        this.crisis = crisis;
        this.categories = categories;
        this.crisisReplies = crisisReplies;
        this.rules = rules;
        this.classifier = classifier;
        this.labels = labels;
        this.texts = texts;
    }

    @Override
    public void apply(AnswerContext context) {
        String question = context.standaloneQuestion();
        Optional<CrisisDetector.Finding> found = crisis.detect(context.request(), question);
        if (found.isPresent()) {
            signpost(context, found.get());
            return;
        }
        Optional<PatternRule> harmful = rules.harmful(context.request(), question);
        if (harmful.isPresent()) {
            route(context, labels.get(RouteLabels.HARMFUL), "rule " + harmful.get().qualifiedId());
            return;
        }
        PrototypeClassifier.Classification result = classifier.classify(question);
        route(context, labels.get(result.label()), String.format(Locale.ROOT, "examples score=%.3f margin=%.3f%s",
                result.score(), result.margin(), result.unsure() ? " unsure" : ""));
    }

    private void signpost(AnswerContext context, CrisisDetector.Finding finding) {
        context.route("crisis");
        finding.categories().forEach(category -> context.flag("crisis:" + category));
        String language = CitizenTexts.replyLanguage(context.language());
        String reply = crisisReplies.reply(finding.categories(), language);
        String how = "route crisis by " + finding.how();
        if (finding.categories().stream().allMatch(id -> categories.get(id).answerAfter())) {
            context.preface(reply, crisisReplies.answerFollows(language));
            context.note(how + "; the question is answered after the crisis reply");
            return;
        }
        context.stop(AnswerStatus.CRISIS_SIGNPOSTED, reply, how);
    }

    private void route(AnswerContext context, RouteLabel label, String how) {
        context.route(label.id());
        if (label.action() == RouteAction.ANSWER) {
            return;
        }
        context.stop(label.action().status(), texts.reply(label.reply(), context.language()), "route " + label.id() + " by " + how);
    }
}
