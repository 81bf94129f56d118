package guichet.knowledge.search;

import java.util.List;

/**
 * Other wordings of a question to search with besides the question itself: a translation into the
 * guidance's other language, or the administrative terms for a citizen's words. Each is searched on its
 * own and the rankings fused, so a rewrite can add passages but never hides what the question finds.
 */
@FunctionalInterface
public interface QueryRewriter {

    /** No rewrite: the question alone. */
    QueryRewriter NONE = question -> List.of();

    /** The other wordings of {@code question}, possibly none. */
    List<String> alternatives(String question);
}
