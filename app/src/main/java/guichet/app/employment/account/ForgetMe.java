package guichet.app.employment.account;

import guichet.app.ask.store.ConversationStore;
import guichet.app.system.audit.AuditTrail;
import guichet.app.system.crypto.CitizenKeys;
import guichet.app.system.audit.Pseudonyms;
import guichet.app.system.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Forget me": erases a citizen's whole record — conversations (with messages, answers, feedback),
 * memory and its settings, eligibility outcomes, plans, appointments, call-backs and hand-overs,
 * the views advisers made of it, the account itself, and log lines naming any of its ids — and says
 * how many of each kind were erased. Guichet never embeds or indexes citizen data, so there are no
 * vectors to erase: the count says so ({@code vectors: 0}).
 */
@Service
public class ForgetMe {

    private static final Logger LOG = LoggerFactory.getLogger(ForgetMe.class);

    private final CitizenRecords records;
    private final Accounts accounts;
    private final ConversationStore conversations;
    private final Path logFile;

    private final AuditTrail audit;
    private final CitizenKeys keys;

    ForgetMe(CitizenRecords records, Accounts accounts, ConversationStore conversations, AuditTrail audit,
             CitizenKeys keys, @Value("${logging.file.name:}") String logFile) {
        this.audit = audit;
        this.keys = keys;
        this.records = records;
        this.accounts = accounts;
        this.conversations = conversations;
        this.logFile = logFile.isBlank() ? null : Path.of(logFile);
    }

    public Map<String, Integer> erase(Caller caller) {
        List<String> identifiers = new ArrayList<>();
        identifiers.add(caller.id());
        conversations.listByOwner(caller.owner(), Integer.MAX_VALUE).forEach(c -> identifiers.add(c.id()));
        Map<String, Integer> erased = new LinkedHashMap<>(records.erase(List.of(caller.owner())));
        erased.put("account", caller.kind() == Caller.Kind.ACCOUNT ? accounts.delete(caller.id()) : 0);
        erased.put("vectors", 0);
        // last: with its keys gone, no copy of this record (a backup) can be read any more
        erased.put("keys", keys.destroy(caller.owner()));
        int lines = 0;
        try {
            lines = LogScrubber.scrub(logFile, identifiers);
        } catch (IOException e) {
            LOG.warn("could not scrub the log file after an erasure: {}", e.toString());
        }
        erased.put("logLines", lines);
        audit.record("citizen.erased", Pseudonyms.of(caller.owner()), Pseudonyms.of(caller.owner()), erased);
        return erased;
    }
}
