package guichet.app.ask.compose;

import guichet.app.ask.pipeline.Source;

/** A sentence of a retrieved passage, quoted verbatim, with how well it answers the question. */
public record Quote(Source source, String sentence, double score) {
}
