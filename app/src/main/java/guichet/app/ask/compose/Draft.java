package guichet.app.ask.compose;

import guichet.app.ask.pipeline.Source;

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

    /** The distinct sources of the quotes, in citation order. */
    public List<Source> citedSources() {
        List<Source> cited = new ArrayList<>();
        for (Quote quote : quotes) {
            if (!cited.contains(quote.source())) {
                cited.add(quote.source());
            }
        }
        return cited;
    }

    /** The quotes block that follows the lead-in: one line per quote, with its citation number. */
    public String quotesBlock() {
        List<Source> cited = citedSources();
        StringBuilder text = new StringBuilder();
        for (Quote quote : quotes) {
            text.append("\n• “").append(quote.sentence()).append("” [").append(cited.indexOf(quote.source()) + 1)
                    .append(']');
        }
        return text.toString();
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
