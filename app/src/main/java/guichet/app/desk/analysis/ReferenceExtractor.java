package guichet.app.desk.analysis;

import guichet.app.shared.privacy.PersonalDataMatch;
import guichet.app.shared.privacy.PhoneNumbers;
import guichet.app.shared.privacy.Masking;
import guichet.app.desk.store.Reference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls out what a (masked) message refers to: claim and case numbers, dates, amounts, National
 * Insurance and card numbers (already masked by the intake, so they are found in masked form only),
 * phone numbers and postal addresses (UK and French postcodes with the street before them).
 */
public final class ReferenceExtractor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String MONTHS_FR = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre";
    private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(?:" + DAYS + ")\\s+)?(?:\\d{1,2}(?:st|nd|rd|th|er)?\\s+(?:of\\s+)?(?:" + MONTHS_EN + "|" + MONTHS_FR + ")\\.?"
                    + "(?:,?\\s+\\d{4})?|(?:" + MONTHS_EN + ")\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
                    + "|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2}))\\b", FLAGS);
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:[£€$]\\s?\\d{1,3}(?:[, \\u00A0\\u202F]\\d{3})*(?:[.,]\\d{1,2})?|\\b\\d{1,3}(?:[ \\u00A0\\u202F.]\\d{3})*(?:,\\d{1,2})?\\s?(?:€|euros?\\b)"
                    + "|\\b\\d+(?:[.,]\\d{1,2})?\\s?(?:pounds|livres)\\b)", FLAGS);
    /** A reference after a word that announces one ("claim ref UC-5520-1187", "dossier 2024-88310"). */
    private static final Pattern CUED = Pattern.compile(
            "\\b(?:ref(?:erence)?|claim(?:\\s+(?:number|no|ref|reference))?|case(?:\\s+(?:number|no))?|appeal\\s+ref|"
                    + "dossier|num[ée]ro(?:\\s+(?:allocataire|de dossier|d'allocataire))?|identifiant|allocataire|letter\\s+ref|"
                    + "employee\\s+number|n°|no\\.)\\s*[:#.]?\\s*((?=[A-Z0-9/-]*\\d{3})[A-Z0-9][A-Z0-9/-]{3,24}[A-Z0-9])\\b", FLAGS);
    /** A reference by its shape: letters, then digits in groups ("PIP/4471/2290", "SC242/25/01187", "UC-3318-2075"). */
    private static final Pattern SHAPED = Pattern.compile("\\b[A-Z]{1,4}\\d{0,4}(?:[/-]\\d{2,8}){1,3}\\b");
    private static final Pattern UK_POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b");
    private static final Pattern UK_ADDRESS = Pattern.compile(
            "(?:(?i:flat|apartment)\\s+\\d+[a-z]?,?\\s+)?\\d{1,4}[a-z]?,?\\s+[A-Z][\\p{L}' -]{2,40}?,?\\s+(?:[A-Z][\\p{L}' -]{2,30},?\\s+){0,2}"
                    + "[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b");
    private static final Pattern FR_ADDRESS = Pattern.compile(
            "\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av\\.|boulevard|bd|cours|place|all[ée]e|impasse|chemin|quai|route)"
                    + "\\s+[\\p{L}' -]{2,50}?,?\\s+\\d{5}\\s+[\\p{Lu}][\\p{L}' -]{1,40}", FLAGS);
    private static final PhoneNumbers PHONES = new PhoneNumbers();

    private ReferenceExtractor() {
    }

    public static List<Reference> extract(String text) {
        Set<Reference> found = new LinkedHashSet<>();
        List<int[]> taken = new ArrayList<>();
        add(found, taken, Masking.MASKED_NI.matcher(text), Reference.Kind.NATIONAL_INSURANCE_NUMBER, 0);
        add(found, taken, Masking.MASKED_CARD.matcher(text), Reference.Kind.PAYMENT_CARD, 0);
        add(found, taken, UK_ADDRESS.matcher(text), Reference.Kind.ADDRESS, 0);
        add(found, taken, FR_ADDRESS.matcher(text), Reference.Kind.ADDRESS, 0);
        for (PersonalDataMatch phone : PHONES.find(text)) {
            if (free(taken, phone.start(), phone.end())) {
                found.add(Reference.of(Reference.Kind.PHONE_NUMBER, text.substring(phone.start(), phone.end()).strip()));
                taken.add(new int[] {phone.start(), phone.end()});
            }
        }
        add(found, taken, DATE.matcher(text), Reference.Kind.DATE, 0);
        add(found, taken, AMOUNT.matcher(text), Reference.Kind.AMOUNT, 0);
        add(found, taken, CUED.matcher(text), Reference.Kind.CLAIM_NUMBER, 1);
        add(found, taken, SHAPED.matcher(text), Reference.Kind.CLAIM_NUMBER, 0);
        Matcher postcode = UK_POSTCODE.matcher(text);
        while (postcode.find()) {
            if (free(taken, postcode.start(), postcode.end())) {
                found.add(Reference.of(Reference.Kind.ADDRESS, postcode.group()));
                taken.add(new int[] {postcode.start(), postcode.end()});
            }
        }
        return List.copyOf(found);
    }

    private static void add(Set<Reference> found, List<int[]> taken, Matcher matcher, Reference.Kind kind, int group) {
        while (matcher.find()) {
            int start = matcher.start(group);
            int end = matcher.end(group);
            if (free(taken, start, end)) {
                String value = matcher.group(group).replaceAll("\\s+", " ").strip().replaceAll("[,.]$", "");
                if (kind != Reference.Kind.CLAIM_NUMBER || !value.matches("\\d{1,4}")) {
                    found.add(Reference.of(kind, value));
                    taken.add(new int[] {start, end});
                }
            }
        }
    }

    private static boolean free(List<int[]> taken, int start, int end) {
        return taken.stream().noneMatch(span -> start < span[1] && span[0] < end);
    }
}
