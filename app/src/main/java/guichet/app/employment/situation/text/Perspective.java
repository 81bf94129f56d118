package guichet.app.employment.situation.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whose situation a message describes. A parent writing for a son ("My son is 19 and he's just lost
 * his job... Can he claim?") describes the son: his "he" is the citizen the rules are about, and is
 * read as "I" ("I'm just lost my job"), so that the same first-person patterns read both. A partner is
 * never the subject ("my husband and I have £11,000", "lui travaille toujours"): couples ask for
 * themselves.
 *
 * <p>A relative becomes the subject when the message names them ("my son", "ma mère") and then speaks
 * of them with a pronoun of the same gender ("he", "elle"); from then on the conversation is about them.
 */
public final class Perspective {

    /** Who the conversation is about: the citizen, or a relative of one gender or several relatives. */
    public enum Subject {
        SELF, HE, SHE, THEY;

        /** The subject a message makes current, given the one before it. */
        public Subject after(String plainText) {
            return Perspective.subject(plainText).orElse(this);
        }
    }

    private static final Pattern HE_RELATIVE = Pattern.compile("\\b(?:my|me|our)\\s+(?:\\w+\\s+)?(?:son|dad|father|"
            + "grandson|nephew|brother|stepson|boy|lad|grandad|granddad|grandfather|uncle|husband's son|step-son)\\b|"
            + "\\b(?:mon|notre)\\s+(?:fils|pere|papa|petit-fils|neveu|frere|oncle|beau-fils|grand-pere)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHE_RELATIVE = Pattern.compile("\\b(?:my|me|our)\\s+(?:\\w+\\s+)?(?:daughter|mum|mom|mam|"
            + "mother|granddaughter|niece|sister|stepdaughter|girl|nan|nana|gran|grandma|grandmother|aunt|auntie|step-daughter)\\b|"
            + "\\b(?:ma|notre)\\s+(?:fille|mere|maman|petite-fille|niece|soeur|tante|belle-fille|grand-mere)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THEY_RELATIVES = Pattern.compile("\\b(?:my|our)\\s+(?:\\w+\\s+)?(?:sons|daughters|twins|"
            + "kids|children|boys|girls)\\b|\\bmes\\s+(?:fils|filles|enfants|jumeaux|jumelles)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HE = Pattern.compile("\\b(?:he|he's|he'd|him|his|il|lui)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHE = Pattern.compile("\\b(?:she|she's|she'd|her|elle)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THEY = Pattern.compile("\\b(?:they|they're|they've|their|them|ils|elles|both)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> EN_HE = rewrites("he", "his", "him", "himself");
    private static final Map<String, String> EN_SHE = rewrites("she", "her", "her", "herself");
    private static final Map<String, String> EN_THEY = theyRewrites();
    private static final Map<String, String> FR_IL = frenchRewrites("il");
    private static final Map<String, String> FR_ELLE = frenchRewrites("elle");
    private static final Map<String, String> FR_ILS = frenchPluralRewrites();

    private Perspective() {
    }

    /**
     * The subject a message names, if it names one and then speaks of them with a matching pronoun; a
     * relative the citizen looks after is not the subject ("I care for my mum, she...").
     */
    static Optional<Subject> subject(String text) {
        String cared = CARED_FOR.matcher(text).replaceAll(" ");
        var he = HE_RELATIVE.matcher(cared);
        var she = SHE_RELATIVE.matcher(cared);
        var they = THEY_RELATIVES.matcher(cared);
        if (they.find() && THEY.matcher(cared.substring(they.end())).find()) {
            return Optional.of(Subject.THEY);
        }
        if (he.find() && HE.matcher(cared.substring(he.end())).find()) {
            return Optional.of(Subject.HE);
        }
        if (she.find() && SHE.matcher(cared.substring(she.end())).find()) {
            return Optional.of(Subject.SHE);
        }
        return Optional.empty();
    }

    private static final Pattern CARED_FOR = Pattern.compile("\\b(?:look(?:s|ing)? after|care(?:s)? for|caring for|carer for|"
            + "occupe de|aidant(?:e)? de|garde)\\s+(?:my|me|mon|ma|mes)\\s+\\w+(?:\\s+\\w+)?", Pattern.CASE_INSENSITIVE);

    /**
     * The text with the subject's pronouns and verbs in the first person, in the message's language
     * ("son" is a French possessive and an English noun); the text itself for the citizen.
     */
    public static MessageText firstPerson(MessageText text, Subject subject, String language) {
        boolean fr = "fr".equals(language);
        Map<String, String> rewrites = switch (subject) {
            case SELF -> Map.of();
            case HE -> fr ? FR_IL : EN_HE;
            case SHE -> fr ? FR_ELLE : EN_SHE;
            case THEY -> fr ? FR_ILS : EN_THEY;
        };
        if (rewrites.isEmpty()) {
            return text;
        }
        StringBuilder regex = new StringBuilder();
        rewrites.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .forEach(k -> regex.append(regex.isEmpty() ? "" : "|").append(Pattern.quote(k)));
        Pattern pattern = Pattern.compile("(?<![\\w'])(?:" + regex + ")(?![\\w'])", Pattern.CASE_INSENSITIVE);
        return text.rewrite(pattern, m -> rewrites.get(m.group().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> rewrites(String he, String his, String him, String himself) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put(he + "'s got", "I've got");
        r.put(he + " has got", "I have got");
        r.put(he + "'s been", "I've been");
        r.put(he + " has been", "I have been");
        r.put(he + " has", "I have");
        r.put(he + " hasn't", "I haven't");
        r.put(he + " had", "I had");
        r.put(he + "'s not", "I'm not");
        r.put(he + " isn't", "I'm not");
        r.put(he + " is not", "I am not");
        r.put(he + "'s", "I'm");
        r.put(he + " is", "I am");
        r.put(he + " was", "I was");
        r.put(he + " wasn't", "I wasn't");
        r.put(he + "'d", "I'd");
        r.put(he + "'ll", "I'll");
        r.put(he + " does", "I do");
        r.put(he + " doesn't", "I don't");
        r.put(he + " does not", "I do not");
        r.put(he + " lives", "I live");
        r.put(he + " works", "I work");
        r.put(he + " wants", "I want");
        r.put(he + " needs", "I need");
        r.put(he + " gets", "I get");
        r.put("is " + he, "am I");
        r.put("has " + he, "have I");
        r.put("does " + he, "do I");
        r.put("was " + he, "was I");
        r.put(he, "I");
        if (!his.equals(him)) {
            r.put(his, "my");
            r.put(him, "me");
        } else {
            // "her" is both: read as "my" before a noun and "me" otherwise is too fine a call; "my" is what
            // the patterns need ("her job", "her savings").
            r.put(his, "my");
        }
        r.put(himself, "myself");
        return r;
    }

    private static Map<String, String> theyRewrites() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("they're", "I'm");
        r.put("they are", "I am");
        r.put("they aren't", "I'm not");
        r.put("they're not", "I'm not");
        r.put("they've got", "I've got");
        r.put("they've", "I've");
        r.put("they have", "I have");
        r.put("they were", "I was");
        r.put("they'd", "I'd");
        r.put("are they", "am I");
        r.put("they", "I");
        r.put("their", "my");
        r.put("them", "me");
        return r;
    }

    private static Map<String, String> frenchRewrites(String il) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put(il + " n'a", "je n'ai");
        r.put(il + " n'est", "je ne suis");
        r.put(il + " n'etait", "je n'etais");
        r.put(il + " ne", "je ne");
        r.put(il + " a", "j'ai");
        r.put(il + " est", "je suis");
        r.put(il + " etait", "j'etais");
        r.put(il + " avait", "j'avais");
        r.put(il + " habite", "j'habite");
        r.put(il + " vit", "je vis");
        r.put(il + " peut", "je peux");
        r.put(il + " fait", "je fais");
        r.put(il + " va", "je vais");
        r.put(il + " veut", "je veux");
        r.put(il + " touche", "je touche");
        r.put(il + " travaille", "je travaille");
        r.put(il + " cherche", "je cherche");
        r.put(il + " voudrait", "je voudrais");
        r.put("a-t-" + il, "ai-je");
        r.put("peut-" + il, "puis-je");
        r.put("est-" + il, "suis-je");
        r.put(il, "je");
        r.put("son", "mon");
        r.put("sa", "ma");
        r.put("ses", "mes");
        return r;
    }

    private static Map<String, String> frenchPluralRewrites() {
        Map<String, String> r = new LinkedHashMap<>();
        for (String ils : new String[] {"ils", "elles"}) {
            r.put(ils + " ont", "j'ai");
            r.put(ils + " sont", "je suis");
            r.put(ils + " ne", "je ne");
            r.put(ils + " habitent", "j'habite");
            r.put(ils + " vivent", "je vis");
            r.put(ils + " peuvent", "je peux");
            r.put(ils + " travaillent", "je travaille");
            r.put("ont-" + ils, "ai-je");
            r.put("peuvent-" + ils, "puis-je");
            r.put(ils, "je");
        }
        r.put("leur", "mon");
        r.put("leurs", "mes");
        return r;
    }
}
