package guichet.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {

    @TempDir
    Path dir;

    @Test
    void hashesAFileAndReportsEveryByteAsProgress() throws IOException {
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc");
        RecordingProgress progress = new RecordingProgress();

        String sha256 = Sha256.of(file, progress);

        assertThat(sha256).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(progress.tasks()).containsExactly(new RecordingProgress.Task("Checking abc.txt", 3, 3, true));
    }

    @Test
    void hashesFilesLargerThanOneBuffer() throws IOException {
        byte[] content = new byte[Sha256.BUFFER_BYTES * 2 + 17];
        Path file = Files.write(dir.resolve("big.bin"), content);

        assertThat(Sha256.of(file, ProgressListener.NONE))
                .isEqualTo(Sha256.hex(Sha256.newDigest().digest(content)));
    }

    @Test
    void recognisesSixtyFourHexDigits() {
        assertThat(Sha256.isSha256("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")).isTrue();
        assertThat(Sha256.isSha256("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")).isTrue();
        assertThat(Sha256.isSha256("ba7816bf")).isFalse();
        assertThat(Sha256.isSha256(null)).isFalse();
    }
}
