package guichet.app.employment;

import guichet.app.ask.api.RunningGuichet;
import guichet.app.web.Chromium;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employment pages in a real browser (Debian's Chromium, headless), signed in through the real
 * OpenID Connect provider: a citizen uses the journey page with the keyboard alone; the memory page's
 * controls (delete an item, switch a category off, share with advisers) work as plain form posts with
 * JavaScript off; a work coach reaches a shared record with the keyboard; axe-core finds no serious or
 * critical accessibility problem on the journey, memory, adviser list and adviser record pages.
 */
class EmploymentPagesIT extends RunningGuichet {

    static MockOAuth2Server provider;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void provider() {
        provider = IdentityProvider.get();
    }

    @Test
    void journeyMemoryAndAdviserPagesWorkWithTheKeyboardWithoutJavaScriptAndAreAccessible() throws Exception {
        Chromium.requireInstalled();
        String subject = "citizen-in-browser";

        ChromeDriver citizen = Chromium.start(true, home().resolve("employment-browser-js"));
        try {
            signIn(citizen, subject, false);
            pageWait(citizen, 30).until(d -> d.getCurrentUrl().contains("/employment"));
            assertThat(citizen.getTitle()).contains("Find work, training and support");
            assertThat(Chromium.seriousOrCriticalViolations(citizen, "employment journey")).isEmpty();

            citizen.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(citizen.switchTo().activeElement().getText()).isEqualTo("Skip to main content");
            WebElement remember = Chromium.tabTo(citizen, e -> "Remember my situation".equals(e.getText()), 30);
            remember.sendKeys(Keys.ENTER);
            pageWait(citizen, 20).until(d -> d.findElements(By.cssSelector(".consent")).isEmpty());
            WebElement message = Chromium.tabTo(citizen, e -> "message".equals(e.getDomAttribute("id")), 30);
            message.sendKeys("I'm 45 and I was made redundant last week after 20 years at a warehouse in Leeds.");
            message.sendKeys(Keys.TAB);
            WebElement send = citizen.switchTo().activeElement();
            assertThat(send.getText()).isEqualTo("Send");
            send.sendKeys(Keys.ENTER);
            pageWait(citizen, 240).until(d -> d.getCurrentUrl().contains("conversation="));
            assertThat(citizen.findElement(By.id("conversation")).getText()).contains("made redundant")
                    .contains("New Style Jobseeker's Allowance");
            assertThat(Chromium.seriousOrCriticalViolations(citizen, "employment journey with a conversation")).isEmpty();

            citizen.get("http://localhost:" + port + "/employment/memory");
            assertThat(citizen.findElements(By.cssSelector("tbody tr[id^='item-']")).size()).isGreaterThanOrEqualTo(5);
            assertThat(Chromium.seriousOrCriticalViolations(citizen, "employment memory")).isEmpty();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(Chromium.diagnose(citizen), e);
        } finally {
            citizen.quit();
        }
        String owner = jdbc.sql("select owner from memory_consent where remember = true and owner in "
                + "(select 'account:' || id from citizen_account where subject = ?)").param(subject).query(String.class).single();

        ChromeDriver noScript = Chromium.start(false, home().resolve("employment-browser-no-js"));
        try {
            signIn(noScript, subject, false);
            noScript.get("http://localhost:" + port + "/employment/memory");
            String region = itemId(owner, "region");
            noScript.findElement(By.cssSelector("#item-" + region + " button.button--warning")).click();
            pageWait(noScript, 20).until(d -> d.findElements(By.id("item-" + region)).isEmpty());
            assertThat(count("select count(*) from memory_item where owner = ? and fact = 'region'", owner)).isZero();

            assertThat(count("select count(*) from memory_item where owner = ? and category = 'age'", owner)).isEqualTo(1);
            WebElement ageOff = Chromium.tabTo(noScript, e -> "Never remember this".equals(e.getText())
                    && e.findElement(By.xpath("./..")).getText().startsWith("age:"), 120);
            ageOff.sendKeys(Keys.ENTER);
            pageWait(noScript, 20)
                    .until(d -> d.findElement(By.tagName("main")).getText().contains("age: Never remembered"));
            assertThat(count("select count(*) from memory_item where owner = ? and category = 'age'", owner)).isZero();
            assertThat(noScript.findElements(By.cssSelector("tbody td")).stream().map(WebElement::getText))
                    .doesNotContain("age");

            assertThat(noScript.findElement(By.id("adviser-access")).getText()).isEqualTo("No work coach can see your record.");
            noScript.findElement(By.id("adviser-access-switch")).click();
            pageWait(noScript, 20).until(d -> d.findElement(By.id("adviser-access")).getText()
                    .startsWith("A work coach can see"));
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(Chromium.diagnose(noScript), e);
        } finally {
            noScript.quit();
        }
        String reference = jdbc.sql("select reference from adviser_access where owner = ? and shared = true").param(owner)
                .query(String.class).single();

        ChromeDriver coach = Chromium.start(true, home().resolve("employment-browser-coach"));
        try {
            signIn(coach, "coach-in-browser", true);
            pageWait(coach, 30).until(d -> d.getCurrentUrl().endsWith("/adviser"));
            assertThat(coach.getTitle()).contains("Citizens who share their record");
            assertThat(Chromium.seriousOrCriticalViolations(coach, "employment adviser list")).isEmpty();
            coach.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement link = Chromium.tabTo(coach, e -> ("/adviser/citizens/" + reference).equals(e.getDomAttribute("href")), 80);
            link.sendKeys(Keys.ENTER);
            pageWait(coach, 20).until(d -> d.getCurrentUrl().contains(reference));
            assertThat(coach.findElement(By.id("situation")).getText()).contains("employmentStatus").doesNotContain("Leeds");
            assertThat(coach.findElement(By.id("services")).getText()).contains("New Style Jobseeker's Allowance");
            assertThat(Chromium.seriousOrCriticalViolations(coach, "employment adviser record")).isEmpty();
            assertThat(count("select count(*) from record_view where owner = ?", owner)).isEqualTo(1);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(Chromium.diagnose(coach), e);
        } finally {
            coach.quit();
        }
    }

    private void signIn(ChromeDriver browser, String subject, boolean adviser) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", subject, "JWT", List.of("guichet"),
                adviser ? Map.of("guichet_roles", List.of("adviser")) : Map.of(), 3600));
        browser.get("http://localhost:" + port + "/account/sign-in");
    }

    private String itemId(String owner, String fact) {
        return jdbc.sql("select id from memory_item where owner = ? and fact = ?").params(owner, fact).query(String.class).single();
    }

    private int count(String sql, String owner) {
        return jdbc.sql(sql).param(owner).query(Integer.class).single();
    }

    /** A wait that survives the page being replaced under it (a form post reloads the page mid-check). */
    private static WebDriverWait pageWait(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
