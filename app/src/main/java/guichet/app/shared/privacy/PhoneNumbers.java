package guichet.app.shared.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.ArrayList;
import java.util.List;

/**
 * Phone numbers, found by Google's libphonenumber: national numbers as written in the regions
 * Guichet serves (UK and France by default: {@code 07912 345678}, {@code 06 12 34 56 78}) and any
 * international number ({@code +44 ...}, {@code +33 ...}, {@code 0033 ...}, {@code +49 ...}). Only
 * numbers valid for their region count, which keeps amounts, dates and reference numbers out; short
 * service numbers (999, 116 123, 3919) and organisations' numbers (0800, 0345, 0906, 08 99) are not
 * personal data and stay.
 */
public final class PhoneNumbers implements PersonalDataDetector {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /**
     * An organisation's numbers, never a person's: free, shared-cost, premium-rate, and the UK's 03
     * numbers. They stay, so that a letter's helpline can be quoted and a premium-rate one named as suspicious.
     */
    private static final java.util.Set<PhoneNumberUtil.PhoneNumberType> SERVICE_TYPES = java.util.EnumSet.of(
            PhoneNumberUtil.PhoneNumberType.TOLL_FREE, PhoneNumberUtil.PhoneNumberType.SHARED_COST,
            PhoneNumberUtil.PhoneNumberType.PREMIUM_RATE, PhoneNumberUtil.PhoneNumberType.UAN);

    private final List<String> regions;

    /** Numbers written the UK or the French way, and international numbers. */
    public PhoneNumbers() {
        this(List.of("GB", "FR"));
    }

    /** @param regions ISO 3166 codes of the regions whose national formats to recognise */
    public PhoneNumbers(List<String> regions) {
        this.regions = List.copyOf(regions);
    }

    @Override
    public PersonalDataKind kind() {
        return PersonalDataKind.PHONE_NUMBER;
    }

    @Override
    public List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        for (String region : regions) {
            for (PhoneNumberMatch number : PHONES.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
                if (SERVICE_TYPES.contains(PHONES.getNumberType(number.number()))) {
                    continue;
                }
                PersonalDataMatch match = new PersonalDataMatch(kind(), number.start(), number.end());
                if (found.stream().noneMatch(match::overlaps)) {
                    found.add(match);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }
}
