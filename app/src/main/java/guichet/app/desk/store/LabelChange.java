package guichet.app.desk.store;

import java.time.Instant;

/**
 * One entry of a label's history.
 *
 * @param previousValue the value it replaced, null for the first
 */
public record LabelChange(String caseId, LabelName name, String value, String previousValue, String reason,
                          Label.SetBy setBy, String officer, String classifierVersion, Instant changedAt) {
}
