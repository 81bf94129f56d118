package guichet.models;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PullSettingsTest {

    @Test
    void mirrorReplacesTheIndexWhateverTheTrailingSlash() {
        PullSettings settings = PullSettings.defaults()
                .withMirror("https://pypi.org/simple/", "https://nexus.example.gov/repository/pypi/simple/");

        assertThat(settings.mirrored(URI.create("https://pypi.org/simple")))
                .isEqualTo(URI.create("https://nexus.example.gov/repository/pypi/simple"));
        assertThat(settings.mirrored(URI.create("https://repo.maven.apache.org/maven2")))
                .isEqualTo(URI.create("https://repo.maven.apache.org/maven2"));
    }

    @Test
    void mirrorMustBeAnHttpUrl() {
        assertThatThrownBy(() -> PullSettings.defaults().withMirror("https://pypi.org/simple", "/srv/pypi"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/srv/pypi");
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> PullSettings.defaults().withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    }
}
