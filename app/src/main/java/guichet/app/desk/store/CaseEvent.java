package guichet.app.desk.store;

import java.time.Instant;

/** Something an officer (or the desk) did to a case: assigned, draft edited, reply approved, sent. */
public record CaseEvent(String caseId, String kind, String officer, String detail, Instant at) {
}
