package guichet.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import guichet.app.TestModels;
import guichet.app.ask.store.ConversationStore;
import guichet.app.knowledge.KnowledgeRuntime;
import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.ingest.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The citizen page in a real browser (Debian's Chromium, headless) against the real app: real
 * models, a real index holding two GOV.UK pages, the real database. With JavaScript the answer
 * streams in; without it the page works as forms; axe-core finds no serious or critical problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"guichet.command=serve", "guichet.desk.triage.warm-up=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatPageIT {

    private static final Set<String> PAGES = Set.of("/jobseekers-allowance", "/national-minimum-wage-rates");
    // The model reads the evidence before it writes: on a loaded 2-core machine that takes a while.
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(180);
    private static final String CONVERSATION_URL = ".*/conversations/[0-9a-f-]{36}(#.*)?$";

    private static Path home;

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    KnowledgeRuntime knowledge;

    @Autowired
    ConversationStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    guichet.app.system.crypto.CitizenCipher cipher;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) throws IOException {
        home = Files.createTempDirectory("guichet-chat-page-it");
        Path models = TestModels.installedModelsDir(home);
        registry.add("guichet.home", home::toString);
        registry.add("guichet.models.dir", models::toString);
        registry.add("guichet.models.auto-pull", () -> "false");
        registry.add("guichet.inference.threads", () -> "2");
        registry.add("guichet.inference.context-tokens", () -> "2048");
        registry.add("guichet.knowledge.sample-on-first-start", () -> "false");
        // The default model is too small to be trusted with the lead-in, so its answers arrive in one
        // piece; let it write one here, so that the model's tokens stream (the checks still apply).
        registry.add("guichet.ask.reader-min-parameters", () -> "0");
        registry.add("guichet.ask.max-answer-tokens", () -> "64"); // enough to see it stream; keeps the test short
        registry.add("guichet.ask.reader-candidates", () -> "3"); // a short prompt: the test is about streaming
    }

    @BeforeAll
    void readyWithTwoGovukPages() throws IOException {
        Chromium.requireInstalled();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().is2xxSuccessful());
        Path subset = home.resolve("govuk-subset.json");
        ObjectMapper json = new ObjectMapper();
        ArrayNode pages = json.createArrayNode();
        for (JsonNode page : json.readTree(TestModels.sharedModels().resolveSibling("corpus/govuk/pages.json").toFile())) {
            if (PAGES.contains(page.path("base_path").asText())) {
                pages.add(page);
            }
        }
        json.writeValue(subset.toFile(), pages);
        IngestReport report = knowledge.index().ingestRead(Readers.defaults().read(subset, "govuk-json", "govuk"),
                IngestListener.NONE);
        assertThat(report.ingested()).isEqualTo(2);
    }

    @Test
    void theEmptyPageIsAccessible() throws IOException {
        ChromeDriver browser = Chromium.start(true, home.resolve("browser-empty"));
        try {
            browser.get(url("/?lang=en"));
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            assertThat(browser.getTitle()).contains("Ask a question about public services");

            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement first = browser.switchTo().activeElement();
            assertThat(first.getText()).isEqualTo("Skip to main content");
            assertThat(first.getDomAttribute("href")).isEqualTo("#main");

            assertThat(Chromium.seriousOrCriticalViolations(browser, "empty page")).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void theAnswerStreamsInAndCitesTheRightSection() throws IOException {
        ChromeDriver browser = Chromium.start(true, home.resolve("browser-js"));
        try {
            browser.get(url("/?lang=en"));
            recordAnswerMutations(browser);

            browser.findElement(By.id("message")).sendKeys("How much Jobseeker's Allowance can I get if I'm 30?");
            browser.findElement(By.cssSelector("#ask-form button[type=submit]")).click();

            WebElement exchange = waitFor(browser, ANSWER_WAIT, driver -> driver.findElements(
                    By.cssSelector("#conversation article.exchange details.how")).isEmpty() ? null
                    : driver.findElement(By.cssSelector("#conversation article.exchange:last-child")));

            // The text grew while it streamed, before the final answer event replaced it.
            List<Long> streamed = new ArrayList<>();
            boolean finalSeen = false;
            for (Object sample : (List<?>) browser.executeScript("return window.guichetSamples;")) {
                List<?> values = (List<?>) sample;
                if ("streaming".equals(values.get(0)) && !finalSeen) {
                    long length = ((Number) values.get(1)).longValue();
                    if (streamed.isEmpty() || length != streamed.getLast()) {
                        streamed.add(length);
                    }
                } else if ("final".equals(values.get(0))) {
                    finalSeen = true;
                }
            }
            assertThat(finalSeen).isTrue();
            assertThat(streamed).as("answer text lengths seen while streaming").hasSizeGreaterThanOrEqualTo(2)
                    .isSorted();
            assertThat(browser.getCurrentUrl()).matches(CONVERSATION_URL);

            WebElement answer = exchange.findElement(By.cssSelector(".answer"));
            assertThat(answer.getAttribute("class")).contains("answer--answered");
            assertThat(answer.findElement(By.cssSelector(".ai-label")).getText())
                    .contains("AI-generated").contains("Model:");
            String cited = answer.findElement(By.cssSelector(".sources__list li a")).getDomAttribute("href");
            assertThat(cited).startsWith("https://www.gov.uk/jobseekers-allowance");
            WebElement marker = answer.findElement(By.cssSelector(".answer__text a.cite-ref"));
            String target = marker.getDomAttribute("href");
            assertThat(target).startsWith("#cite-");
            assertThat(browser.findElements(By.id(target.substring(1)))).hasSize(1);
            assertThat(browser.findElement(By.id("ask-status")).getText()).isEqualTo("Guichet has answered.");
            assertThat(browser.findElement(By.cssSelector("#ask-form button")).getDomAttribute("aria-disabled")).isNull();
            assertThat(browser.findElement(By.id("conversation")).getDomAttribute("aria-busy")).isNull();

            // The panel, open, with the stages the answer passed.
            answer.findElement(By.cssSelector("details.how summary")).click();
            assertThat(answer.findElements(By.cssSelector("details.how tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
            assertThat(Chromium.seriousOrCriticalViolations(browser, "page with a streamed answer")).isEmpty();
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();",
                    answer.findElement(By.cssSelector("details.how")));
            screenshot(browser, "answer-panel-1280.png");

            // Feedback through the API: the form gives way to a thank-you, which takes the focus.
            answer.findElement(By.cssSelector(".feedback button[value=true]")).click();
            WebElement thanks = waitFor(browser, Duration.ofSeconds(20),
                    driver -> driver.findElements(By.cssSelector(".feedback-thanks")).stream().findFirst().orElse(null));
            assertThat(thanks.getText()).isEqualTo("Thank you for your feedback.");
            assertThat(browser.switchTo().activeElement()).isEqualTo(thanks);
            assertThat(jdbc.sql("select helpful from feedback").query(Boolean.class).list()).contains(true);

            // The same conversation as the server renders it (what a browser without JavaScript gets).
            browser.navigate().refresh();
            browser.findElement(By.cssSelector("#conversation details.how summary")).click();
            assertThat(browser.findElement(By.cssSelector("#conversation .sources__list li a")).getDomAttribute("href"))
                    .isEqualTo(cited);
            assertThat(Chromium.seriousOrCriticalViolations(browser, "server-rendered page with an answer")).isEmpty();

            screenshot(browser, "answer-1280.png");

            // Reflow: nothing wider than a 320 px screen.
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
            Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
            assertThat(width.intValue()).isLessThanOrEqualTo(320);
            screenshot(browser, "answer-320.png");
        } finally {
            browser.quit();
        }
    }

    @Test
    void thePageWorksWithoutJavaScript() throws IOException {
        ChromeDriver browser = Chromium.start(false, home.resolve("browser-no-js"));
        try {
            browser.get(url("/?lang=en"));
            browser.findElement(By.id("message")).sendKeys("How much Jobseeker's Allowance can I get if I'm 30?");
            browser.findElement(By.cssSelector("#ask-form button[type=submit]")).click();
            waitFor(browser, ANSWER_WAIT, driver -> driver.getCurrentUrl().matches(CONVERSATION_URL)
                    && !driver.findElements(By.cssSelector("#conversation .answer")).isEmpty());

            WebElement answer = browser.findElement(By.cssSelector("#conversation article.exchange:last-child .answer"));
            assertThat(answer.findElement(By.cssSelector(".answer__text")).getText()).isNotBlank();
            assertThat(answer.findElement(By.cssSelector(".sources__list li a")).getDomAttribute("href"))
                    .startsWith("https://www.gov.uk/jobseekers-allowance");
            assertThat(answer.findElement(By.cssSelector(".ai-label")).getText()).contains("AI-generated");
            // (axe-core cannot run here: it is JavaScript. The other test checks this page as the server renders it.)

            // Feedback as a plain form post, its comment stored without the email address in it.
            String answerId = answer.getDomAttribute("id").substring("answer-".length());
            answer.findElement(By.cssSelector(".feedback textarea")).sendKeys("Please write to jane.doe@example.org about it");
            answer.findElement(By.cssSelector(".feedback button[value=false]")).click();
            waitFor(browser, Duration.ofSeconds(20), driver -> !driver.findElements(
                    By.cssSelector(".feedback-thanks")).isEmpty());
            String comment = cipher.open(jdbc.sql("select comment from feedback where message_id = ?").param(answerId)
                    .query(String.class).single());
            assertThat(comment).doesNotContain("jane.doe").contains("Please write to [email address] about it");

            // An unknown address, and someone else's conversation, are not found.
            browser.get(url("/no-such-page"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
            String others = store.create("citizen:someone-else", "en").id();
            browser.get(url("/conversations/" + others));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");

            // French, chosen once and remembered.
            browser.get(url("/?lang=fr"));
            browser.get(url("/"));
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Posez une question sur les services publics");
        } finally {
            browser.quit();
        }
    }

    private static <T> T waitFor(ChromeDriver browser, Duration wait, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, wait).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the page did not get there in " + wait.toSeconds() + " s; "
                    + Chromium.diagnose(browser), e);
        }
    }

    /** A picture of the page for people reviewing the change: {@code app/target/chat-page/<name>}. */
    private static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "chat-page"));
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Records, on every change of the conversation log, the last answer's state and text length. */
    private static void recordAnswerMutations(JavascriptExecutor browser) {
        browser.executeScript("""
                const log = document.getElementById('conversation');
                window.guichetSamples = [];
                new MutationObserver(function () {
                  const answers = log.querySelectorAll('.answer');
                  const answer = answers[answers.length - 1];
                  if (!answer) { return; }
                  const text = answer.querySelector('.answer__text');
                  window.guichetSamples.push([answer.dataset.state || '', text ? text.textContent.length : 0]);
                }).observe(log, {subtree: true, childList: true, characterData: true, attributes: true,
                                 attributeFilter: ['data-state']});""");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
