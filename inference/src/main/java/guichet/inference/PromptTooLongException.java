package guichet.inference;

/** The prompt does not leave room for an answer in the model's context window. */
public class PromptTooLongException extends InvalidRequestException {

    private final int promptTokens;
    private final int contextTokens;

    public PromptTooLongException(int promptTokens, int contextTokens) {
        super("the prompt has " + promptTokens + " tokens but the context window holds " + contextTokens
                + " (including the answer); shorten the conversation or the sources");
        this.promptTokens = promptTokens;
        this.contextTokens = contextTokens;
    }

    public int promptTokens() {
        return promptTokens;
    }

    public int contextTokens() {
        return contextTokens;
    }
}
