package guichet.app.bench;

import guichet.app.ask.api.RunningGuichet;
import guichet.app.system.cli.CommandLineFactory;
import guichet.app.system.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench index} with bad options, run through the command line of the running app: each is one line and
 * the settings exit code (the console form of one of them is checked in a real process by BenchIndexCommandIT).
 */
class BenchIndexOptionsIT extends RunningGuichet {

    @Autowired
    CommandLineFactory commands;

    @Test
    void badOptionsAreOneLineErrors() {
        for (List<String> bad : List.of(List.of("--sizes", "10000,,1M", "sizes: '' is not a number of chunks"),
                List.of("--sizes", "0", "sizes must be at least 1"),
                List.of("--repetitions", "0", "repetitions must be at least 1"),
                List.of("--questions", "-3", "questions must be at least 1"))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine line = commands.create();
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));

            int code = line.execute("bench", "index", bad.get(0), bad.get(1));

            assertThat(code).as(bad.toString()).isEqualTo(ExitCode.SETTINGS.code());
            List<String> lines = err.toString().lines().toList();
            assertThat(lines).as(bad.toString()).hasSize(1);
            assertThat(lines.getFirst()).startsWith("guichet: " + bad.get(2));
            assertThat(out.toString() + err).doesNotContain("Usage:", "\tat ", "Exception");
        }
    }
}
