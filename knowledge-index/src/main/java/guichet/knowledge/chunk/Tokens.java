package guichet.knowledge.chunk;

/**
 * Estimates how many embedder tokens a text takes, without running the tokenizer: about one token
 * per four characters, and never fewer than 1.3 per word (subword tokenizers such as E5's
 * SentencePiece split French and English at about that rate). Chunk sizes are a target, not a
 * hard limit: the embedder truncates at its own maximum.
 */
public final class Tokens {

    private Tokens() {
    }

    public static int estimate(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return Math.max((text.length() + 3) / 4, (int) Math.ceil(words * 1.3));
    }
}
