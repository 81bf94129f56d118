package guichet.app.employment.agent;

import guichet.app.system.audit.AuditTrail;
import guichet.app.system.audit.Pseudonyms;
import guichet.app.employment.agent.tools.Tool;
import guichet.app.employment.agent.tools.ToolContext;
import guichet.app.employment.agent.tools.ToolResult;
import guichet.app.employment.texts.EmploymentTexts;
import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Citation;
import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.shared.privacy.PersonalDataRedactor;
import guichet.app.ask.store.ConversationStore;
import guichet.app.employment.actions.Actions;
import guichet.app.employment.memory.CitizenMemory;
import guichet.app.employment.memory.MemoryItem;
import guichet.app.employment.eligibility.EligibilityResult;
import guichet.app.employment.situation.Situation;
import guichet.app.employment.situation.ConversationReader;
import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.ReadFact;
import guichet.app.employment.situation.SituationExtractor;
import guichet.app.employment.situation.Understanding;
import guichet.app.employment.situation.proposal.FactProposers;
import guichet.app.employment.situation.proposal.ModelReading;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.ChatModel;
import guichet.app.shared.pipeline.Step;
import guichet.app.shared.pipeline.StepRunner;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The employment journey's agent loop, one citizen message at a time, as named steps run by the
 * shared {@link StepRunner} (ReadMessage, DecideOnProposal, RunTools, WriteReply, StoreTurn):
 * <ol>
 *   <li>personal data in the message is redacted before anything else sees it;</li>
 *   <li>facts of the situation are read from it and the conversation before it deterministically
 *       ({@link ConversationReader});</li>
 *   <li>a proposal waiting for the citizen is confirmed or cancelled only by an explicit answer to it;</li>
 *   <li>the {@link ToolPlanner} lists the calls that fit; the model picks them one by one under a JSON
 *       schema ({@link ToolChooser}); the app checks the arguments and runs the tool; a failure is
 *       explained to the citizen, not hidden;</li>
 *   <li>the loop is bounded by steps, time and model tokens; every choice and call is in the trace;</li>
 *   <li>the reply (the tools' explained results) and the trace are stored with the conversation, and
 *       the facts are remembered only if the citizen agreed, category by category.</li>
 * </ol>
 *
 * <p>Longer than most classes: the steps are written here, in the order they run, over the agent's
 * collaborators, so that a turn reads top to bottom in one file.
 */
@Service
public class JourneyAgent {

    static final int MAX_STEPS = 5;
    static final long MAX_MILLIS = 120_000;
    static final int MAX_MODEL_TOKENS = 64;

    private static final Pattern CONFIRM = Pattern.compile("^\\s*(yes|yeah|yep|ok|okay|i confirm|confirm|please do|go ahead|"
            + "book it|oui|je confirme|d'accord|c'est bon|allez-y)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CANCEL = Pattern.compile("^\\s*(no|nope|cancel|don't|non|annuler|annule)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEGATION = Pattern.compile("\\b(not|don't|do not|never|pas|jamais)\\b", Pattern.CASE_INSENSITIVE);

    private final ConversationStore conversations;
    private final AuditTrail audit;
    private final PersonalDataRedactor redactor;
    private final ConversationReader reader;
    private final CitizenMemory memory;
    private final Actions actions;
    private final ToolPlanner planner;
    private final ModelReading modelReading;
    private final ToolChooser chooser;
    private final Map<String, Tool> tools;
    private final EmploymentTexts texts;
    private final Clock clock;
    private final StepRunner<TurnState> steps;

    JourneyAgent(ConversationStore conversations, PersonalDataRedactor redactor, ConversationReader reader,
                 CitizenMemory memory, Actions actions, List<Tool> tools, EmploymentTexts texts,
                 InferenceRuntime inference, OverridableResources resources,
                 guichet.app.employment.eligibility.EligibilityEngine engine, FactProposers proposers,
                 SituationExtractor patterns, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.conversations = conversations;
        this.redactor = redactor;
        this.reader = reader;
        this.memory = memory;
        this.actions = actions;
        this.tools = tools.stream().collect(Collectors.toMap(Tool::name, Function.identity()));
        this.texts = texts;
        this.clock = clock;
        this.planner = new ToolPlanner(engine);
        this.modelReading = new ModelReading(proposers, patterns, engine.rules());
        this.steps = new StepRunner<>(List.of(new ReadMessage(), new DecideOnProposal(), new RunTools(), new WriteReply(),
                new StoreTurn()), turn -> turn.failedStep != null, clock);
        this.chooser = new ToolChooser(() -> inference.state() == InferenceRuntime.State.READY
                ? Optional.of(inference.chat()) : Optional.<ChatModel>empty(), resources, this.tools, clock);
    }

    /** Answers one message of a conversation the caller owns (the caller checks ownership). */
    public JourneyTurn turn(String owner, String conversationId, String message, String language) {
        TurnState turn = new TurnState(owner, conversationId, message, language, clock.millis());
        // A failing step stops the turn (StepFailures); the turn is stored all the same.
        if (steps.run(turn, new StepFailures())) {
            new StoreTurn().apply(turn);
        }
        return new JourneyTurn(conversationId, turn.answerId, turn.reply, turn.calls, List.copyOf(turn.citations),
                turn.remembered, turn.trace, turn.situation == null ? Map.of() : turn.situation.byName(),
                turn.question.map(Fact::key).orElse(null), turn.status.wireName());
    }

    /**
     * A step that throws ends the turn with an apology and an error status in the trace and the stored
     * answer, so that the citizen's message is kept and the failure can be found; a failure to store
     * reaches the caller.
     */
    private final class StepFailures implements StepRunner.Listener<TurnState> {
        @Override
        public void finished(Step<TurnState> step, TurnState turn, long millis) {
        }

        @Override
        public void failed(Step<TurnState> step, TurnState turn, RuntimeException error) {
            if (step instanceof StoreTurn) {
                throw error;
            }
            turn.failedStep = step.name();
            turn.status = AnswerStatus.ERROR;
            turn.trace.add(new TraceEntry(step.name(), clock.millis() - turn.start, "failed",
                    error.getClass().getSimpleName(), 0, 0, "", ""));
            turn.reply = texts.text("journey.error", turn.language);
        }
    }

    /** What the steps of one turn share. */
    private static final class TurnState {
        final String owner;
        final String conversationId;
        final String message;
        final String language;
        final long start;
        String redacted;
        Understanding understood;
        Situation newFacts;
        Situation situation;
        ToolContext context;
        final List<String> paragraphs = new ArrayList<>();
        final List<TraceEntry> trace = new ArrayList<>();
        final List<JourneyTurn.ToolCall> calls = new ArrayList<>();
        final LinkedHashSet<Citation> citations = new LinkedHashSet<>();
        String modelId = "";
        String modelSha = "";
        boolean decided;
        Optional<Fact> question = Optional.empty();
        String reply;
        AnswerStatus status = AnswerStatus.ANSWERED;
        String failedStep;
        String answerId;
        List<MemoryItem> remembered = List.of();

        TurnState(String owner, String conversationId, String message, String language, long start) {
            this.owner = owner;
            this.conversationId = conversationId;
            this.message = message;
            this.language = language;
            this.start = start;
        }
    }

    /** Redacts the message, then reads the situation from it and the conversation (and a big enough model's reading). */
    private final class ReadMessage implements Step<TurnState> {
        @Override
        public void apply(TurnState turn) {
            String language = turn.language;
            turn.redacted = redacted(turn.message);
            List<ConversationReader.Turn> turns = conversationTurns(turn.conversationId, turn.redacted, language);
            Understanding understood = reader.read(turns, language);
            Situation rememberedSituation = memory.situation(turn.owner);
            // A model big enough reads what the patterns left unknown; its facts join this message's, checked by their words.
            ModelReading.Result modelRead = modelReading.read(turns.stream().map(ConversationReader.Turn::message)
                    .collect(Collectors.joining("\n")), rememberedSituation.with(understood.situation()), language);
            if (!modelRead.kept().isEmpty()) {
                ConversationReader.Turn last = turns.getLast();
                turns.set(turns.size() - 1, new ConversationReader.Turn(last.message(), last.asked(), modelRead.kept()));
                understood = reader.read(turns, language);
            }
            turn.understood = understood;
            turn.newFacts = understood.latestSituation();
            turn.situation = rememberedSituation.with(understood.situation());
            LocalDate day = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
            turn.context = new ToolContext(turn.owner, turn.conversationId, language, turn.situation, day);
            modelRead.trace().ifPresent(turn.trace::add);
        }
    }

    /** A proposal waiting for the citizen is confirmed or cancelled, only by an explicit answer to it. */
    private final class DecideOnProposal implements Step<TurnState> {
        @Override
        public void apply(TurnState turn) {
            Optional<Actions.Action> pending = actions.pending(turn.owner);
            String redacted = turn.redacted;
            if (pending.isPresent() && redacted.length() <= 80 && CONFIRM.matcher(redacted).find()
                    && !NEGATION.matcher(redacted).find()) {
                Actions.Action confirmed = actions.confirm(turn.owner, pending.get().id()).orElseThrow();
                turn.paragraphs.add(confirmation(confirmed, turn.language));
                turn.trace.add(new TraceEntry("confirm", 0, "confirmed", confirmed.kind() + " " + confirmed.id(), 0, 0, "", ""));
                turn.decided = true;
            } else if (pending.isPresent() && CANCEL.matcher(redacted).find()) {
                actions.cancel(turn.owner, pending.get().id());
                turn.paragraphs.add(texts.text("journey.cancelled", turn.language));
                turn.trace.add(new TraceEntry("confirm", 0, "cancelled", pending.get().kind() + " " + pending.get().id(), 0, 0,
                        "", ""));
                turn.decided = true;
            }
        }
    }

    /** The planned calls, chosen one by one by the model and run by the app, within steps, time and tokens. */
    private final class RunTools implements Step<TurnState> {
        @Override
        public void apply(TurnState turn) {
            String language = turn.language;
            List<ToolPlanner.Planned> remaining = new ArrayList<>(turn.decided ? List.of()
                    : planner.plan(turn.understood.latestText(), turn.situation, turn.newFacts, turn.context));
            int tokens = MAX_MODEL_TOKENS;
            for (int step = 0; step < MAX_STEPS && !remaining.isEmpty() && clock.millis() - turn.start < MAX_MILLIS; step++) {
                ToolChooser.Choice choice = chooser.choose(remaining, turn.redacted, turn.context, tokens);
                turn.trace.add(choice.trace());
                tokens -= choice.trace().promptTokens() > 0 ? ToolChooser.MAX_TOKENS_PER_CALL : 0;
                if (!choice.trace().modelId().isEmpty()) {
                    turn.modelId = choice.trace().modelId();
                    turn.modelSha = choice.trace().modelSha256();
                }
                remaining.remove(choice.planned());
                Tool tool = tools.get(choice.planned().tool());
                long toolStart = clock.millis();
                ToolResult result;
                try {
                    result = tool.run(choice.arguments(), turn.context);
                } catch (Tool.InvalidArgumentsException e) {
                    result = ToolResult.failed(tool.name(), texts.text("journey.tool.failed", language, tool.name(), e.getMessage()));
                } catch (RuntimeException e) {
                    result = ToolResult.failed(tool.name(), texts.text("journey.tool.failed", language, tool.name(),
                            e.getClass().getSimpleName()));
                }
                turn.trace.add(new TraceEntry("tool:" + tool.name(), clock.millis() - toolStart,
                        result.status().name().toLowerCase(Locale.ROOT), String.valueOf(choice.arguments()), 0, 0, "", ""));
                turn.calls.add(new JourneyTurn.ToolCall(tool.name(), choice.arguments(),
                        result.status().name().toLowerCase(Locale.ROOT), result.text(), result.data()));
                turn.paragraphs.add(result.text());
                turn.citations.addAll(result.citations());
            }
            if (!remaining.isEmpty()) {
                turn.trace.add(new TraceEntry("agent", clock.millis() - turn.start, "bounded", remaining.size()
                        + " planned calls not made", 0, 0, "", ""));
            }
        }
    }

    /** The reply: the tools' results, what was read back, whether it is remembered, and the one question it asks. */
    private final class WriteReply implements Step<TurnState> {
        @Override
        public void apply(TurnState turn) {
            String language = turn.language;
            List<String> paragraphs = turn.paragraphs;
            if (paragraphs.isEmpty() && turn.newFacts.known().isEmpty()) {
                paragraphs.add(texts.text("journey.nothing", language));
                turn.status = AnswerStatus.CLARIFICATION;
            } else if (paragraphs.isEmpty()) {
                paragraphs.add(texts.text("journey.greeting.new", language));
            }
            // What was not read word for word (a slip corrected, a model's reading, a presumption) is said back.
            turn.understood.latest().stream().filter(f -> f.how().readBack()).forEach(f -> paragraphs.add(
                    f.how() == ReadFact.How.PRESUMED ? texts.text("journey.presumed", language, f.words())
                            : texts.text("journey.read_back", language, f.fact().key() + ": " + f.fact().format(f.value()),
                            f.words())));
            boolean remembers = memory.remembers(turn.owner);
            if (!turn.newFacts.known().isEmpty() && !remembers) {
                paragraphs.add(texts.text("journey.not_remembered", language));
            }
            turn.question = question(turn.calls, language);
            turn.question.ifPresent(fact -> paragraphs.add(texts.text("journey.question." + fact.key(), language)));
            turn.reply = String.join("\n\n", paragraphs);
        }
    }

    /** The turn stored with the conversation, and the new facts remembered if the citizen agreed. */
    private final class StoreTurn implements Step<TurnState> {
        @Override
        public void apply(TurnState turn) {
            // A message that failed before it was redacted is kept redacted all the same.
            String redacted = turn.redacted != null ? turn.redacted : redacted(turn.message);
            Answer answer = new Answer(turn.reply, turn.status, turn.language, List.copyOf(turn.citations),
                    turn.modelId, turn.modelSha, clock.millis() - turn.start, -1, turn.trace, redacted);
            turn.answerId = conversations.append(turn.conversationId, answer);
            audit(turn, answer);
            if (turn.failedStep != null) {
                return;
            }
            String questionId = conversations.questionOf(turn.answerId);
            turn.remembered = memory.remember(turn.owner, turn.newFacts, questionId, turn.conversationId);
            if (!turn.remembered.isEmpty()) {
                turn.reply = turn.reply + "\n\n" + texts.text("journey.remembered", turn.language, turn.remembered.stream()
                        .map(i -> i.fact().key() + ": " + i.value()).collect(Collectors.joining("; ")));
            }
        }
    }

    /** A journey turn in the audit trail, as the answers are: models, sources and steps, never the text. */
    private void audit(TurnState turn, Answer answer) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("message", Pseudonyms.message(turn.answerId));
        detail.put("status", answer.status().wireName());
        detail.put("model", answer.modelId() == null ? "" : answer.modelId());
        detail.put("model_sha256", answer.modelSha256() == null ? "" : answer.modelSha256());
        detail.put("sources", answer.citations().stream().map(c -> c.url() == null ? "" : c.url()).toList());
        detail.put("checks", answer.trace().stream().map(t -> List.of(t.stage(), t.outcome())).toList());
        audit.record("journey.turn", Pseudonyms.of(turn.owner), Pseudonyms.conversation(turn.conversationId), detail);
    }

    /** The message with its personal data replaced by the kind's name in brackets. */
    private String redacted(String message) {
        return redactor.redact(message, kind -> "[" + kind.name().toLowerCase(Locale.ROOT) + "]").text();
    }

    /** The citizen's messages so far and this one, each with the fact the reply before it asked for. */
    private List<ConversationReader.Turn> conversationTurns(String conversationId, String message, String language) {
        List<ConversationReader.Turn> turns = new ArrayList<>();
        Fact asked = null;
        for (ConversationStore.StoredMessage stored : conversations.messages(conversationId)) {
            if ("citizen".equals(stored.role())) {
                turns.add(new ConversationReader.Turn(stored.text(), asked, List.of()));
            } else {
                asked = asked(stored.text(), language);
            }
        }
        turns.add(new ConversationReader.Turn(message, asked, List.of()));
        return turns;
    }

    /**
     * The one question a reply asks: the first fact that an eligibility result it gives still needs and
     * that has a question of its own (a short reply then answers it).
     */
    private Optional<Fact> question(List<JourneyTurn.ToolCall> calls, String language) {
        return calls.stream().map(JourneyTurn.ToolCall::result).filter(EligibilityResult.class::isInstance)
                .map(EligibilityResult.class::cast).flatMap(r -> r.missingFacts().stream())
                .filter(f -> texts.has("journey.question." + f.key(), language)).findFirst();
    }

    /** The fact an earlier reply asked for, recognised by its question (the last one it holds). */
    private Fact asked(String reply, String language) {
        Fact asked = null;
        int at = -1;
        for (Fact fact : Fact.values()) {
            String key = "journey.question." + fact.key();
            if (texts.has(key, language)) {
                int index = reply.lastIndexOf(texts.text(key, language));
                if (index > at) {
                    at = index;
                    asked = fact;
                }
            }
        }
        return asked;
    }

    private String confirmation(Actions.Action action, String language) {
        String reference = action.id().substring(0, 8).toUpperCase(Locale.ROOT);
        return switch (action.kind()) {
            case APPOINTMENT -> texts.text("journey.confirmed.appointment", language, action.details().get("service"),
                    action.details().get("slot"), reference);
            case CALLBACK -> texts.text("journey.confirmed.callback", language, action.details().get("topic"),
                    action.details().get("when"), reference);
            case HANDOVER -> texts.text("journey.confirmed.handover", language, reference);
        };
    }

    /** The arguments a tool call was made with, for tests. */
    static JsonNode arguments(JourneyTurn.ToolCall call) {
        return (JsonNode) call.arguments();
    }
}
