package guichet.app.employment.account;

import guichet.app.ask.store.ConversationStore;
import guichet.app.system.crypto.CitizenCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything Guichet holds about a citizen, as one JSON-ready map (the "export" right). */
@Component
public class CitizenRecordExport {

    /** The tables keyed by owner, besides conversations, as the export names them. */
    private static final Map<String, String> TABLES = Map.of(
            "memoryItems", "memory_item", "memoryConsent", "memory_consent", "memoryCategories", "memory_category",
            "eligibilityOutcomes", "eligibility_outcome", "planSteps", "plan_step", "actions", "journey_action",
            "recordViews", "record_view", "adviserAccess", "adviser_access");

    private final JdbcClient jdbc;
    private final ConversationStore conversations;
    private final CitizenCipher cipher;

    CitizenRecordExport(JdbcClient jdbc, ConversationStore conversations, CitizenCipher cipher) {
        this.jdbc = jdbc;
        this.conversations = conversations;
        this.cipher = cipher;
    }

    public Map<String, Object> export(String owner) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("owner", owner);
        List<Map<String, Object>> exported = new ArrayList<>();
        for (ConversationStore.ConversationSummary summary : conversations.listByOwner(owner, Integer.MAX_VALUE)) {
            Map<String, Object> conversation = new LinkedHashMap<>();
            conversation.put("id", summary.id());
            conversation.put("language", summary.language());
            conversation.put("createdAt", summary.createdAt().toString());
            conversation.put("messages", conversations.messages(summary.id()).stream().map(m -> Map.of(
                    "id", m.id(), "role", m.role(), "text", m.text(), "createdAt", m.createdAt().toString())).toList());
            exported.add(conversation);
        }
        out.put("conversations", exported);
        TABLES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(table -> out.put(table.getKey(),
                jdbc.sql("select * from " + table.getValue() + " where owner = ?").param(owner)
                        .query((rs, row) -> {
                            Map<String, Object> values = new LinkedHashMap<>();
                            var meta = rs.getMetaData();
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                Object value = rs.getObject(i);
                                if (value instanceof java.sql.Clob clob) {
                                    value = clob.getSubString(1, (int) clob.length());
                                }
                                // sealed values (memory) are exported as the citizen wrote them
                                values.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT),
                                        value == null || value instanceof Boolean || value instanceof Number ? value
                                                : cipher.open(value.toString()));
                            }
                            return values;
                        }).list()));
        return out;
    }
}
