package guichet.app.ask.pipeline.stage;

import guichet.app.ask.crisis.CrisisDetector;
import guichet.app.ask.crisis.CrisisProperties;
import guichet.app.ask.crisis.CrisisReplies;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Stage;
import guichet.app.ask.routing.CategoryDetector;
import guichet.app.ask.routing.PrototypeClassifier;
import guichet.app.ask.routing.RouteAction;
import guichet.app.ask.routing.RouteLabel;
import guichet.app.ask.routing.RouteLabels;
import guichet.app.ask.routing.SharedIdentifiers;
import guichet.app.ask.refusal.HarmfulIntent;
import guichet.app.shared.text.CitizenTexts;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * Stage 5: decides what kind of message this is, from the citizen's own words (never from text
 * they pasted). First whether they may be in crisis, and which kind (rules for explicit phrases,
 * the embedder and examples for indirect ones), on the request as typed and as rephrased (a
 * rephrasing must not hide a crisis): the crisis reply, with the lines for that crisis, comes first;
 * a question that came with it is still answered after it, unless the category says not to. A message
 * that reads a little like a crisis, under the margin, keeps its lines for a refusal, should one come. Then
 * requests for help to do harm, and which kind (rules and examples again): ExplainRefusal answers
 * them with the rule and the legitimate route. A request about text the citizen pasted goes on to be
 * read. A request about the citizen's own account that gives its identifiers (a National Insurance
 * number, bank details, a password) goes to the account route: Guichet cannot open it. Everything
 * else is routed by the nearest labelled examples in embedding space, which falls back to answering
 * when unsure. Labels that do not answer stop with
 * their canned reply.
 */
@Component
public class RouteQuestion implements Stage {

    /** The route of a request about text the citizen pasted: ReadPastedText does it. */
    public static final String PASTED_TEXT = "pasted_text";

    private final CrisisDetector crisis;
    private final CrisisReplies crisisReplies;
    private final CrisisProperties crisisProperties;
    private final HarmfulIntent harmful;
    private final PrototypeClassifier classifier;
    private final RouteLabels labels;
    private final SharedIdentifiers identifiers;
    private final CitizenTexts texts;

    public RouteQuestion(CrisisDetector crisis, CrisisReplies crisisReplies, CrisisProperties crisisProperties,
                         HarmfulIntent harmful, PrototypeClassifier classifier, RouteLabels labels,
                         SharedIdentifiers identifiers, CitizenTexts texts) {
        this.crisis = crisis;
        this.crisisReplies = crisisReplies;
        this.crisisProperties = crisisProperties;
        this.harmful = harmful;
        this.classifier = classifier;
        this.labels = labels;
        this.identifiers = identifiers;
        this.texts = texts;
    }

    @Override
    public void apply(AnswerContext context) {
        String question = context.standaloneQuestion();
        CategoryDetector.Reading reading = crisis.read(context.request(), question);
        Optional<CategoryDetector.Finding> found = reading.finding(1.0);
        if (found.isPresent()) {
            signpost(context, found.get());
            return;
        }
        // A request about a pasted letter is read, not refused for want of guidance: the letter's words
        // (an eviction, a dismissal) must not turn into help lines.
        Optional<CategoryDetector.Finding> possible = context.pastedText().isEmpty()
                ? reading.finding(crisisProperties.beforeRefusal()) : Optional.empty();
        Optional<String> lines = possible.map(weaker ->
                crisisReplies.reply(weaker.categories(), CitizenTexts.replyLanguage(context.language())));
        possible.ifPresent(weaker -> {
            context.beforeRefusal(lines.get());
            context.note("perhaps a crisis (" + weaker.how() + "): its lines come first if the message is refused");
        });
        Optional<CategoryDetector.Finding> harm = harmful.detect(context.request(), question);
        if (harm.isPresent()) {
            context.route(ExplainRefusal.ROUTE, harm.get().categories());
            harm.get().categories().forEach(category -> context.flag("harmful:" + category));
            context.note("route " + ExplainRefusal.ROUTE + " by " + harm.get().how());
            return;
        }
        if (!context.pastedText().isEmpty()) {
            context.route(PASTED_TEXT);
            context.note("a request about pasted text: read, not classified");
            return;
        }
        Optional<String> given = identifiers.find(context.flags(), context.request());
        if (given.isPresent()) {
            for (RouteLabel label : labels.onIdentifiers()) {
                if (labels.cuesFound(label.id(), question)) {
                    route(context, label, "identifiers given (" + given.get() + ") and the label's cues");
                    return;
                }
            }
        }
        PrototypeClassifier.Classification result = classifier.classify(question);
        RouteLabel label = labels.get(result.label());
        String how = String.format(Locale.ROOT, "examples score=%.3f margin=%.3f%s", result.score(), result.margin(),
                result.unsure() ? " unsure" : "");
        if (label.action() == RouteAction.REFUSE && possible.isPresent()) {
            // Who writes about someone else's children, sister or friend in danger may be asking for them, not
            // for their data: the lines first, then why Guichet looks up no one, as the guard does.
            possible.get().categories().forEach(category -> context.flag("crisis:" + category));
            context.route(label.id());
            context.stop(AnswerStatus.CRISIS_SIGNPOSTED, lines.get() + "\n\n" + texts.reply(label.reply(), context.language()),
                    "route " + label.id() + " by " + how + ", after the lines of a possible crisis");
            return;
        }
        route(context, label, how);
    }

    private void signpost(AnswerContext context, CategoryDetector.Finding finding) {
        context.route("crisis", finding.categories());
        finding.categories().forEach(category -> context.flag("crisis:" + category));
        String language = CitizenTexts.replyLanguage(context.language());
        String reply = crisisReplies.reply(finding.categories(), language);
        String how = "route crisis by " + finding.how();
        if (finding.categories().stream().allMatch(id -> crisis.category(id).answerAfter())) {
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
