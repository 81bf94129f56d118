package guichet.knowledge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The arguments of the latency probes: index folder (built with {@link LexicalLatencyProbe#build} if
 * absent), size, questions file (one per line, # for comments), repetitions.
 */
record ProbeArguments(Path folder, List<String> questions, int repetitions) {

    static ProbeArguments parse(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<String> questions = Files.readAllLines(Path.of(args[2])).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        if (!Files.exists(folder)) {
            LexicalLatencyProbe.build(folder, Integer.parseInt(args[1]));
        }
        return new ProbeArguments(folder, questions, Integer.parseInt(args[3]));
    }
}
