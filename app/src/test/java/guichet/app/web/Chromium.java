package guichet.app.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never a downloaded one: the
 * tests run offline). {@code .ci/prepare-test-tools.sh} installs both.
 */
public final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Fails (never skips) when the browser is not installed: the browser test is part of the acceptance. */
    public static void requireInstalled() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            fail("the browser test needs Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
                    + "): run .ci/prepare-test-tools.sh as root to install them");
        }
    }

    /** A fresh browser with its own profile; {@code javascript} false turns scripts off. */
    public static ChromeDriver start(boolean javascript, Path profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createDirectories(profile));
        options.setExperimentalOption("prefs", javascript
                ? Map.of("intl.accept_languages", "en-GB,en")
                : Map.of("intl.accept_languages", "en-GB,en", "profile.managed_default_content_settings.javascript", 2));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** What the page shows and logged, for a failure message. */
    public static String diagnose(ChromeDriver driver) {
        StringBuilder out = new StringBuilder("at ").append(driver.getCurrentUrl()).append('\n');
        try {
            out.append(driver.executeScript("const log = document.getElementById('conversation');"
                    + "return log ? log.outerHTML : document.body.outerHTML;")).append('\n');
            driver.manage().logs().get("browser").forEach(entry -> out.append("console: ").append(entry).append('\n'));
        } catch (RuntimeException e) {
            out.append("(page not readable: ").append(e.getMessage()).append(")\n");
        }
        return out.toString();
    }

    /** axe-core's serious and critical violations, each as "rule: help [targets]"; all of them are printed. */
    public static List<String> seriousOrCriticalViolations(WebDriver browser, String what) {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.isErrored()).as("axe-core ran").isFalse();
        List<String> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String line = rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
                    + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
            System.out.println("axe " + what + ": " + line);
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(line);
            }
        }
        System.out.println("axe " + what + ": " + results.getViolations().size() + " violations, "
                + results.getPasses().size() + " rules passed");
        return serious;
    }

    /** Presses Tab until the focused element is the one wanted. */
    public static WebElement tabTo(WebDriver browser, Predicate<WebElement> wanted, int most) {
        for (int i = 0; i < most; i++) {
            WebElement focused = browser.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("not reached with the Tab key in " + most + " presses");
    }
}
