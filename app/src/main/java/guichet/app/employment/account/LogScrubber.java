package guichet.app.employment.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Removes from a log file every line that names one of a citizen's identifiers (account, session
 * and conversation ids). Guichet does not write citizen text to its logs; ids can appear (an error
 * names the conversation it happened in), and go with the citizen's record.
 */
public final class LogScrubber {

    private LogScrubber() {
    }

    /** @return the number of lines removed (0 when the file does not exist) */
    public static int scrub(Path file, Collection<String> identifiers) throws IOException {
        List<String> needles = identifiers.stream().filter(id -> id != null && id.length() >= 8).toList();
        if (file == null || !Files.isRegularFile(file) || needles.isEmpty()) {
            return 0;
        }
        List<String> kept = new ArrayList<>();
        int removed = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (needles.stream().anyMatch(line::contains)) {
                removed++;
            } else {
                kept.add(line);
            }
        }
        if (removed > 0) {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "scrub", ".log");
            Files.write(temp, kept, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return removed;
    }
}
