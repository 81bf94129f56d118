package guichet.app.knowledge.cli;

import guichet.app.ask.api.RunningGuichet;
import guichet.app.system.cli.CommandLineFactory;
import guichet.app.system.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ingest} and {@code search} with bad options, through the command line of the running app: a usage error
 * that says what is wrong (KnowledgeCommandsIT checks the console form of others in a real process).
 */
class KnowledgeOptionsIT extends RunningGuichet {

    @Autowired
    CommandLineFactory commands;

    @Test
    void badOptionsAreUsageErrorsThatSayWhatIsWrong() throws Exception {
        Path guidance = Files.createTempDirectory("bad-options");
        Files.writeString(guidance.resolve("page.md"), "# A page\n\nSome guidance.\n");
        for (List<String> bad : List.of(
                List.of("ingest", guidance.toString(), "--base-url", "guides/", "--base-url must be"),
                List.of("search", "interview travel", "--k", "0", "k"))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine line = commands.create();
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));

            int code = line.execute(bad.subList(0, 4).toArray(String[]::new));

            assertThat(code).as(bad + "\n" + err).isEqualTo(ExitCode.USAGE.code());
            assertThat(err.toString()).as(bad.toString()).contains(bad.get(4)).doesNotContain("\tat ", "Exception");
        }
    }
}
