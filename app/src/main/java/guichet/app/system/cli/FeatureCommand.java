package guichet.app.system.cli;

/**
 * A feature's command, registered by the feature itself: a Spring bean with picocli's {@code @Command}
 * that {@link CommandLineFactory} adds under {@code guichet} or under one of its groups, so that the
 * command line names no feature.
 */
public interface FeatureCommand {

    /** The group it belongs under ({@link #EVAL}), or {@code ""} for {@code guichet} itself. */
    default String group() {
        return "";
    }

    /** {@code guichet eval}: evaluations that print figures. */
    String EVAL = "eval";
}
