package guichet.app.shared.evidence;


import java.util.ArrayList;
import java.util.List;

/**
 * A composed answer: a short lead-in (the model's, or a fixed sentence) followed by the quoted
 * sentences of the guidance, each marked with the number of its citation.
 *
 * @param leadIn the opening sentence(s), in the asker's language
 * @param leadInFromModel whether the chat model wrote the lead-in
 * @param quotes the quoted sentences, best first
 * @param completeness complete, partial or none, as the composer judged it
 */
public record Draft(String leadIn, boolean leadInFromModel, List<Quote> quotes, String completeness) {

    public Draft {
        quotes = List.copyOf(quotes);
    }

    /**
     * The sources of the quotes, one per cited section (two passages of the same section are one
     * citation), in citation order.
     */
    public List<Source> citedSources() {
        List<Source> cited = new ArrayList<>();
        for (Quote quote : quotes) {
            if (number(cited, quote.source()) == 0) {
                cited.add(quote.source());
            }
        }
        return cited;
    }

    /** The quotes that follow the lead-in: one line per quote, with its citation number. */
    public List<String> quoteLines() {
        List<Source> cited = citedSources();
        List<String> lines = new ArrayList<>();
        for (Quote quote : quotes) {
            lines.add("• “" + quote.sentence() + "” [" + number(cited, quote.source()) + "]");
        }
        return lines;
    }

    public String quotesBlock() {
        return "\n" + String.join("\n", quoteLines());
    }

    /** The 1-based citation number of a source's section, or 0 when it is not cited yet. */
    private static int number(List<Source> cited, Source source) {
        for (int i = 0; i < cited.size(); i++) {
            Source other = cited.get(i);
            if (other.documentId().equals(source.documentId()) && other.url().equals(source.url())
                    && other.section().equals(source.section())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The whole answer text. */
    public String text() {
        return leadIn.strip() + "\n" + quotesBlock();
    }

    /** The same quotes introduced by another lead-in. */
    public Draft withLeadIn(String text, boolean fromModel) {
        return new Draft(text, fromModel, quotes, completeness);
    }
}
