package guichet.app.shared.privacy;

/**
 * Where a piece of personal data sits in a text.
 *
 * @param kind what it is
 * @param start index of its first character
 * @param end index after its last character
 */
public record PersonalDataMatch(PersonalDataKind kind, int start, int end) {

    public PersonalDataMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    public boolean overlaps(PersonalDataMatch other) {
        return start < other.end && other.start < end;
    }
}
