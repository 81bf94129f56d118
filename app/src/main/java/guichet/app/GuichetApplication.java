package guichet.app;

import guichet.app.system.cli.CommandLauncher;
import guichet.app.system.security.KeysThroughServer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.List;

/** Guichet: one executable for the server ({@code serve}, the default) and the operator commands. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GuichetApplication {

    public static void main(String[] args) {
        CommandLauncher.launch(GuichetApplication.class, args, List.of(new KeysThroughServer()));
    }
}
