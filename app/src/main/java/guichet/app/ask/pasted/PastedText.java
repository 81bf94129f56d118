package guichet.app.ask.pasted;

import guichet.app.shared.rules.MatchText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates what a citizen asks from text they pasted for Guichet to read (a letter, an email): a
 * quoted block of several lines, or a block of lines set apart from a short request that speaks of
 * it ("what does this letter mean?", "résume ce courrier"). Pasted text is data: read, never obeyed.
 * A message with no such block is all request.
 *
 * @param request the citizen's own words
 * @param pasted the pasted text, "" when none
 */
public record PastedText(String request, String pasted) {

    private static final int MIN_PASTED_CHARACTERS = 120;
    private static final int MAX_REQUEST_CHARACTERS = 400;
    /** “…”, "…", «…» or ‘…’ around at least one line break or a long span. */
    private static final Pattern QUOTED = Pattern.compile(
            "“([^”]{" + MIN_PASTED_CHARACTERS + ",})”|\"([^\"]{" + MIN_PASTED_CHARACTERS + ",})\"|«([^»]{"
                    + MIN_PASTED_CHARACTERS + ",})»");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    /** Words by which a request points at text it comes with, or asks for a task on it (matched on MatchText form). */
    private static final Pattern SPEAKS_OF_IT = Pattern.compile(
            "\\b(this|the|that|these|my) (letter|email|e-mail|mail|message|text|notice|note|document|decision|form|"
                    + "statement|contract|reply|warning|sanction letter|notification)s?\\b|\\b(below|above|attached|pasted)\\b"
                    + "|^\\s*(here is|here's|heres|i got this|i received this|i've received|i have received)\\b"
                    + "|\\b(summari[sz]e|explain|what does (this|it) (mean|say)|what it means|in plain (english|words)"
                    + "|is (this|it) (genuine|real|legit|legitimate|a scam|fake|true)|what (do|should|must) i (have to )?(do|bring))\\b"
                    + "|\\b(ce|cette|ces|le|la|mon|ma) (courrier|lettre|mail|e-mail|message|texte|document|notification|"
                    + "convocation|decision|avis|contrat)s?\\b|\\b(ci-dessous|ci-dessus|ci-joint|voici|voila)\\b"
                    + "|\\b(resume|resumer|resumez|explique|expliquer|expliquez|ca veut dire quoi|que veut dire|qu'est-ce que ca veut dire"
                    + "|c'est quoi mes droits|quels sont mes droits|est-ce (vrai|authentique|une arnaque)|je dois faire quoi"
                    + "|que dois-je faire)\\b"
                    // Said without a determiner or a named task: "landlord sent this", "whats this about",
                    // "work gave me this", "on a glissé ça", "convocation france travail, je dois y aller ?".
                    + "|\\b(sent|gave|got|received|handed|posted|emailed|texted|forwarded|put) (me |us )?(this|these|that)\\b"
                    + "|\\bwhat'?s this( about| for)?\\b|\\bwhat (it|this) says\\b|\\bdoes (this|it) mean\\b"
                    + "|\\b(letter|email|e-mail|notice|notification|convocation|courrier|lettre|avis|mail|bill|invoice)s?\\b"
                    + "|\\b(envoye|envoyee|recu|recue|glisse|donne|remis|transmis|dit)\\b[^.?!]{0,25}\\b(ca|ceci|cela)\\b"
                    + "|\\b(un|une|des) (courrier|lettre|mail|e-mail|message|document|notification|convocation|avis)s?\\b"
                    + "|\\b(c'est quoi|faut faire quoi|je dois (y aller|payer|faire|contester)|c'est normal)\\b"
                    // A task on it or a judgement of it: "help me understand this", "is this pay legal?", "je signe ou pas ?".
                    + "|\\b(understand|read|check|look at|go through|help (me )?with) (this|it|that)\\b"
                    + "|\\b(is|are) (this|it|that|these|the)( \\w+){0,2} (legal|normal|right|fair|ok|okay|allowed|correct)\\b"
                    + "|\\b(comprendre|lire|verifier|regarder) (ca|ceci|cela)\\b|\\bje (le |la )?signe\\b"
                    + "|\\b(propose|proposent|demande|demandent|envoie|envoient|ecrit|ecrivent)\\b[^.?!]{0,12}\\b(ca|ceci|cela)\\b"
                    + "|\\b(est-ce|c'est) (legal|normal|correct|regulier)\\b"
                    + "|^\\s*(this|that|it) (came|arrived|turned up|dropped)\\b|\\bwhat can i do\\b",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    public PastedText {
        request = request == null ? "" : request.strip();
        pasted = pasted == null ? "" : pasted.strip();
    }

    public boolean hasPasted() {
        return !pasted.isEmpty();
    }

    /** The request and the pasted text of a message (line breaks already normalised to {@code \n}). */
    public static PastedText split(String message) {
        String text = message == null ? "" : message.strip();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String inside = firstNonNull(quoted.group(1), quoted.group(2), quoted.group(3));
            String outside = (text.substring(0, quoted.start()) + " " + text.substring(quoted.end())).replaceAll("\\s+", " ").strip();
            if ((inside.contains("\n") || inside.length() >= 2 * MIN_PASTED_CHARACTERS) && speaksOfIt(outside)) {
                return new PastedText(outside, inside);
            }
        }
        List<String> blocks = blocks(text);
        if (blocks.size() >= 2) {
            String first = blocks.getFirst();
            String rest = String.join("\n\n", blocks.subList(1, blocks.size()));
            if (first.length() <= MAX_REQUEST_CHARACTERS && looksPasted(rest) && speaksOfIt(first)) {
                return new PastedText(first, rest);
            }
            String last = blocks.getLast();
            String before = String.join("\n\n", blocks.subList(0, blocks.size() - 1));
            if (last.length() <= MAX_REQUEST_CHARACTERS && looksPasted(before) && speaksOfIt(last)) {
                return new PastedText(last, before);
            }
        }
        int lineEnd = text.indexOf('\n');
        if (lineEnd > 0) {
            String first = text.substring(0, lineEnd).strip();
            String rest = text.substring(lineEnd + 1).strip();
            if (first.length() <= MAX_REQUEST_CHARACTERS && (first.endsWith(":") || first.endsWith("?"))
                    && rest.lines().count() >= 2 && looksPasted(rest) && speaksOfIt(first)) {
                return new PastedText(first, rest);
            }
        }
        return new PastedText(text, "");
    }

    private static boolean speaksOfIt(String request) {
        return !request.isBlank() && SPEAKS_OF_IT.matcher(MatchText.of(request)).find();
    }

    private static boolean looksPasted(String block) {
        return block.length() >= MIN_PASTED_CHARACTERS && block.lines().filter(line -> !line.isBlank()).count() >= 2;
    }

    private static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        for (String block : BLANK_LINE.split(text)) {
            if (!block.isBlank()) {
                blocks.add(block.strip());
            }
        }
        return blocks;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
