package guichet.app.desk;

import guichet.app.desk.store.CaseEvent;
import guichet.app.desk.store.DeskCase;
import guichet.app.desk.store.Label;
import guichet.app.desk.store.LabelChange;
import guichet.app.desk.store.LabelName;
import guichet.app.desk.store.Reference;
import guichet.app.desk.store.Reply;
import guichet.app.desk.store.ReplyDraft;

import java.util.List;
import java.util.Map;

/** Everything an officer sees about one case (all text masked). */
public record CaseView(DeskCase deskCase, String reference, Map<LabelName, Label> labels, List<LabelChange> history,
                       List<Reference> references, ReplyDraft draft, List<Reply> replies, List<CaseEvent> events) {

    public Label urgency() {
        return labels.get(LabelName.URGENCY);
    }

    public Label secondary() {
        return labels.get(LabelName.SECONDARY);
    }

    public Label category() {
        return labels.get(LabelName.CATEGORY);
    }
}
