package guichet.app.system.settings;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Turns a relative {@code guichet.home} (the default {@code data}, or {@code GUICHET_HOME=data}) into an
 * absolute path before anything reads it: H2 refuses implicitly relative database files, and every
 * folder under the home must not move if a later component changes the working directory.
 */
public class AbsoluteHome implements EnvironmentPostProcessor {

    static final String PROPERTY = "guichet.home";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String home = environment.getProperty(PROPERTY);
        if (home == null || home.isBlank()) {
            return;
        }
        Path absolute = Path.of(home).toAbsolutePath().normalize();
        if (!absolute.toString().equals(home)) {
            environment.getPropertySources().addFirst(new MapPropertySource("guichetAbsoluteHome",
                    Map.of(PROPERTY, absolute.toString())));
        }
    }
}
