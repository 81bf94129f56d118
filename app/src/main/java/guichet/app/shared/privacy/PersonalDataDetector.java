package guichet.app.shared.privacy;

import java.util.List;

/** Finds one kind of personal data in free text. Implementations are stateless and thread-safe. */
public interface PersonalDataDetector {

    PersonalDataKind kind();

    /** Every occurrence, in order of position. */
    List<PersonalDataMatch> find(String text);
}
