package guichet.models.transfer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlPolicyTest {

    @Test
    void httpsAndHttpAreFetched() {
        assertThatCode(() -> UrlPolicy.check(URI.create("https://pypi.org/simple/"))).doesNotThrowAnyException();
        assertThatCode(() -> UrlPolicy.check(URI.create("http://mirror.intranet.example/m.gguf"))).doesNotThrowAnyException();
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> UrlPolicy.check(URI.create("ftp://mirror.example/m.gguf")))
                .isInstanceOf(IOException.class).hasMessageContaining("only absolute http and https URLs");
        assertThatThrownBy(() -> UrlPolicy.check(URI.create("file:///srv/m.gguf"))).isInstanceOf(IOException.class);
    }

    @Test
    void loopbackHostsAreRecognisedWithoutAskingDns() {
        assertThat(UrlPolicy.isLoopback("127.0.0.1")).isTrue();
        assertThat(UrlPolicy.isLoopback("127.10.0.3")).isTrue();
        assertThat(UrlPolicy.isLoopback("localhost")).isTrue();
        assertThat(UrlPolicy.isLoopback("[::1]")).isTrue();
        assertThat(UrlPolicy.isLoopback("mirror.intranet.example")).isFalse();
        assertThat(UrlPolicy.isLoopback("10.0.0.1")).isFalse();
    }
}
