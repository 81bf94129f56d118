package guichet.app.shared.privacy;

/** The kinds of personal data Guichet removes from questions before anything keeps them. */
public enum PersonalDataKind {
    EMAIL("email"),
    FRENCH_SOCIAL_SECURITY_NUMBER("nir"),
    NATIONAL_INSURANCE_NUMBER("national_insurance_number"),
    PAYMENT_CARD("payment_card"),
    PHONE_NUMBER("phone_number");

    private final String id;

    PersonalDataKind(String id) {
        this.id = id;
    }

    /** The short name used in flags ({@code personal_data:<id>}) and message keys ({@code placeholder.<id>}). */
    public String id() {
        return id;
    }

    /** The flag recorded on an answer whose question held this kind of data. */
    public String flag() {
        return "personal_data:" + id;
    }

    /** The key of the citizen text that replaces it in the question. */
    public String placeholderKey() {
        return "placeholder." + id;
    }
}
