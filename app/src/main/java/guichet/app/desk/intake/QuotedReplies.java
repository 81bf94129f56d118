package guichet.app.desk.intake;

import java.util.regex.Pattern;

/**
 * Splits a plain-text message into what the writer wrote now and the earlier messages it quotes:
 * lines starting with {@code >}, and everything after a reply header ("On ... wrote:", "Le ... a
 * écrit :", "-----Original Message-----", an Outlook "From: ... Sent:" block).
 */
public final class QuotedReplies {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;
    private static final Pattern REPLY_HEADER = Pattern.compile(
            "^(?:>\\s*)?(?:On\\s.{4,200}?\\swrote:|Le\\s.{4,200}?\\sa\\s[ée]crit\\s?:"
                    + "|-{2,}\\s*(?:Original Message|Message d'origine|Forwarded message|Message transf[ée]r[ée])\\s*-{2,}"
                    + "|(?:From|De)\\s?:\\s.+\\R(?:.*\\R){0,3}?(?:Sent|Envoy[ée]|Date)\\s?:\\s.+)\\s*$", FLAGS);

    private QuotedReplies() {
    }

    /** The new text and the quoted text. */
    public record Split(String text, String quoted) {
    }

    public static Split split(String body) {
        String text = body;
        String quoted = "";
        var header = REPLY_HEADER.matcher(body);
        if (header.find()) {
            text = body.substring(0, header.start());
            quoted = body.substring(header.start());
        }
        StringBuilder kept = new StringBuilder();
        StringBuilder quotedLines = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            if (line.stripLeading().startsWith(">")) {
                quotedLines.append(line).append('\n');
            } else {
                kept.append(line).append('\n');
            }
        }
        String allQuoted = (quotedLines + quoted).strip();
        String fresh = kept.toString().strip();
        if (fresh.isEmpty() && !allQuoted.isEmpty()) {
            // Everything is quoted (a bare forward): the quoted text is the message.
            return new Split(allQuoted, "");
        }
        return new Split(fresh, allQuoted);
    }
}
