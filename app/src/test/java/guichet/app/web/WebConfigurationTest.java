package guichet.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WebConfigurationTest {

    @Test
    void theBrowsersFirstLanguageTheInterfaceHasWins() {
        assertThat(WebConfiguration.fromBrowser(request("de-DE,de;q=0.9,fr;q=0.8,en;q=0.5"))).isEqualTo(Locale.of("fr"));
        assertThat(WebConfiguration.fromBrowser(request("en-GB,fr;q=0.5"))).isEqualTo(Locale.of("en"));
    }

    @Test
    void englishWhenTheBrowserNamesNoLanguageTheInterfaceHas() {
        assertThat(WebConfiguration.fromBrowser(request("de-DE,es;q=0.5"))).isEqualTo(Locale.of("en"));
        assertThat(WebConfiguration.fromBrowser(request(null))).isEqualTo(Locale.of("en"));
    }

    @Test
    void anyLocaleMapsToALanguageOfTheInterface() {
        assertThat(WebConfiguration.language(Locale.CANADA_FRENCH)).isEqualTo("fr");
        assertThat(WebConfiguration.language(Locale.GERMAN)).isEqualTo("en");
        assertThat(WebConfiguration.language(null)).isEqualTo("en");
    }

    private static MockHttpServletRequest request(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
