package guichet.app.ask.api;

import guichet.app.system.settings.ApiProperties;
import guichet.app.ask.pipeline.Turn;
import guichet.app.shared.privacy.PersonalDataRedactor;
import guichet.app.ask.safety.InvisibleCharacters;
import guichet.app.ask.store.ConversationStore;
import guichet.app.ask.store.ConversationStore.Conversation;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.system.security.Caller;
import org.springframework.stereotype.Service;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Conversations as callers see them: each caller reaches only their own, and anyone else's is
 * "unknown" exactly like one that does not exist. Text a caller gives outside a question (feedback
 * comments, earlier turns) is redacted here before it is stored.
 */
@Service
public class Conversations {

    private final ConversationStore store;
    private final PersonalDataRedactor redactor;
    private final CitizenTexts texts;
    private final ApiProperties properties;

    Conversations(ConversationStore store, PersonalDataRedactor redactor, CitizenTexts texts, ApiProperties properties) {
        this.store = store;
        this.redactor = redactor;
        this.texts = texts;
        this.properties = properties;
    }

    /** Starts a conversation owned by the caller; the language is "en" or "fr". */
    public Conversation start(Caller caller, String language) {
        return store.create(caller.owner(), CitizenTexts.replyLanguage(language));
    }

    /** The caller's conversation. @throws UnknownConversationException when it is not theirs or does not exist */
    public Conversation require(Caller caller, String conversationId) {
        Optional<Conversation> found = conversationId == null || conversationId.length() > 64 ? Optional.empty()
                : store.find(conversationId);
        return found.filter(conversation -> conversation.owner().equals(caller.owner()))
                .orElseThrow(() -> new UnknownConversationException("There is no conversation " + conversationId
                        + " for you."));
    }

    public ConversationView view(Caller caller, String conversationId) {
        Conversation conversation = require(caller, conversationId);
        List<ConversationView.Message> messages = store.messages(conversation.id()).stream().map(message -> {
            if (message.answer() == null) {
                return new ConversationView.Message(message.id(), message.role(), message.text(), message.createdAt(),
                        null, null, null, null, null);
            }
            AnswerView answer = AnswerView.of(message);
            return new ConversationView.Message(message.id(), message.role(), message.text(), message.createdAt(),
                    answer.status(), answer.language(), answer.sources(), answer.model(), answer.timings());
        }).toList();
        return new ConversationView(conversation.id(), conversation.language(), conversation.createdAt(), messages);
    }

    public ConversationList list(Caller caller) {
        return new ConversationList(store.listByOwner(caller.owner(), properties.maxConversationsListed()).stream()
                .map(c -> new ConversationList.Item(c.id(), c.language(), c.title(), c.createdAt(), c.updatedAt()))
                .toList());
    }

    /** Records feedback on one of the conversation's answers, its comment redacted. */
    public void feedback(Caller caller, String conversationId, String messageId, boolean helpful, String comment) {
        Conversation conversation = require(caller, conversationId);
        String kept = comment == null || comment.isBlank() ? null : redact(comment, conversation.language());
        if (!store.addFeedback(conversation.id(), messageId, helpful, kept)) {
            throw new UnknownConversationException("There is no answer " + messageId + " in conversation "
                    + conversationId + ".");
        }
    }

    /**
     * Adds turns a client held before it came here (OpenAI-style request history), redacted, as the
     * history later questions are read with.
     */
    public void importTurns(Conversation conversation, List<Turn> turns) {
        store.appendTurns(conversation.id(), turns.stream()
                .map(turn -> new Turn(redact(turn.question(), conversation.language()),
                        redact(turn.answer(), conversation.language())))
                .toList());
    }

    /** Text with invisible characters removed and personal data replaced by placeholders. */
    public String redact(String text, String language) {
        String visible = Normalizer.normalize(InvisibleCharacters.strip(text).text(), Normalizer.Form.NFKC).strip();
        return redactor.redact(visible, kind -> texts.reply(kind.placeholderKey(), language.toLowerCase(Locale.ROOT)))
                .text();
    }
}
