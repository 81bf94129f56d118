package guichet.app.employment.agent.tools;

import guichet.app.employment.situation.Situation;

import java.time.LocalDate;

/**
 * What a tool runs for: whose journey, in which conversation and language, with what is known of
 * the situation, on which day.
 */
public record ToolContext(String owner, String conversationId, String language, Situation situation, LocalDate day) {

    /** "GB" or "FR": the country the citizen lives in, else the one their language suggests. */
    public String jurisdiction() {
        return situation.text(guichet.app.employment.situation.Fact.COUNTRY).map(c -> c.toUpperCase(java.util.Locale.ROOT))
                .orElse("fr".equals(language) ? "FR" : "GB");
    }
}
