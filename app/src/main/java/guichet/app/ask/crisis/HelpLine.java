package guichet.app.ask.crisis;

/**
 * A service a person in crisis can contact now, as listed under {@code lines} in {@code replies/crisis/<country>/<language>.yml}.
 *
 * @param name who answers ("Samaritans")
 * @param call the number to call, empty when there is none
 * @param text how to reach them by text message ("SHOUT to 85258"), empty when there is none
 * @param url their web site, empty when there is none
 * @param hours when they answer ("24 hours a day, every day")
 * @param forWhat what they help with, in a few words
 */
public record HelpLine(String name, String call, String text, String url, String hours, String forWhat) {

    public HelpLine {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a help line needs a name");
        }
        call = call == null ? "" : call.strip();
        text = text == null ? "" : text.strip();
        url = url == null ? "" : url.strip();
        hours = hours == null ? "" : hours.strip();
        forWhat = forWhat == null ? "" : forWhat.strip();
        if (call.isEmpty() && text.isEmpty() && url.isEmpty()) {
            throw new IllegalArgumentException("help line " + name + " has no number, text or url");
        }
    }
}
