package guichet.app.system.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** {@code guichet eval}: evaluations that print figures; each feature adds its own ({@link FeatureCommand#EVAL}). */
@Component
@Command(name = FeatureCommand.EVAL, mixinStandardHelpOptions = true, description = "Evaluations that print figures.")
class EvalCommand extends CommandGroup {
}
