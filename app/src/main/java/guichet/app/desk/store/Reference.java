package guichet.app.desk.store;

/**
 * Something a message refers to: a claim number, a date, an amount, a National Insurance number
 * (always masked), a phone number, an address.
 *
 * @param kind one of {@link Kind}'s ids
 * @param value as written (masked for National Insurance and card numbers)
 */
public record Reference(String kind, String value) {

    /** The kinds of references the desk extracts. */
    public enum Kind {
        CLAIM_NUMBER, DATE, AMOUNT, NATIONAL_INSURANCE_NUMBER, PAYMENT_CARD, PHONE_NUMBER, ADDRESS;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Reference of(Kind kind, String value) {
        return new Reference(kind.id(), value);
    }
}
