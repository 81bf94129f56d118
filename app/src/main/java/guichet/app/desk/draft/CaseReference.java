package guichet.app.desk.draft;

import java.util.Locale;

/** The office's short reference of a case, quoted in replies: {@code GC-} and the first 8 characters of its id. */
public final class CaseReference {

    private CaseReference() {
    }

    public static String of(String caseId) {
        return "GC-" + caseId.replace("-", "").substring(0, Math.min(8, caseId.replace("-", "").length()))
                .toUpperCase(Locale.ROOT);
    }
}
