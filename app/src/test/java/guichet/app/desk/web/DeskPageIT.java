package guichet.app.desk.web;

import guichet.app.desk.CaseDesk;
import guichet.app.desk.RunningDesk;
import guichet.app.desk.intake.Intake;
import guichet.app.desk.intake.IntakeResult;
import guichet.app.desk.intake.ParsedMail;
import guichet.app.desk.store.Label;
import guichet.app.web.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's desk in a real browser (Debian's Chromium, headless) against the running desk: the
 * queue puts urgent cases first, an officer reaches a case and re-labels it with the keyboard alone,
 * and axe-core finds no serious or critical accessibility problem on the queue or the case page.
 */
class DeskPageIT extends RunningDesk {

    @Autowired
    Intake intake;

    @Autowired
    CaseDesk desk;

    @Test
    void anOfficerWorksTheQueueWithTheKeyboardAndThePagesAreAccessible() throws Exception {
        Chromium.requireInstalled();
        String general = take("<page-general@example.com>", "Question about Healthy Start",
                "Good afternoon, I am 12 weeks pregnant. Am I able to get Healthy Start vouchers and how do I apply?",
                Instant.parse("2025-03-01T09:00:00Z"));
        String urgent = take("<page-urgent@example.com>", "no money for food",
                "my universal credit hasnt come and its my only income. theres no food in the house for my kids "
                        + "tonight and the gas has run out. please help", Instant.parse("2025-03-02T09:00:00Z"));
        assertThat(desk.view(urgent).orElseThrow().urgency().value()).isEqualTo("urgent");

        ChromeDriver browser = Chromium.start(true, home().resolve("desk-browser"));
        try {
            browser.get("http://olivia:" + OFFICER_PASSWORD + "@localhost:" + port + "/desk?lang=en");
            assertThat(browser.getTitle()).contains("Correspondence desk");
            List<String> order = browser.findElements(By.cssSelector("#queue tbody tr")).stream()
                    .map(row -> row.getDomAttribute("data-case-id")).toList();
            assertThat(order.indexOf(urgent)).as("urgent first").isLessThan(order.indexOf(general));
            assertThat(Chromium.seriousOrCriticalViolations(browser, "desk queue")).isEmpty();

            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement first = browser.switchTo().activeElement();
            assertThat(first.getText()).isEqualTo("Skip to main content");
            WebElement link = Chromium.tabTo(browser, element -> urgent.equals(caseIdOfLink(element)), 40);
            link.sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/desk/cases/" + urgent));
            assertThat(browser.findElement(By.id("summary")).getText()).isNotBlank();
            assertThat(browser.findElement(By.cssSelector("[data-label='urgency']")).getText()).contains("Urgent", "signals");
            assertThat(browser.findElement(By.id("draft-text")).getDomProperty("value")).contains("[1]");
            assertThat(Chromium.seriousOrCriticalViolations(browser, "desk case")).isEmpty();

            WebElement category = Chromium.tabTo(browser, element -> "category-value".equals(element.getDomAttribute("id")), 80);
            category.sendKeys("Hardship");
            category.sendKeys(Keys.TAB);
            browser.switchTo().activeElement().sendKeys("no food, children at home");
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("done=label_category"));

            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("The category is saved.");
            Label label = desk.view(urgent).orElseThrow().category();
            assertThat(label.value()).isEqualTo("hardship_or_safeguarding");
            assertThat(label.setBy()).isEqualTo(Label.SetBy.HUMAN);
            assertThat(label.officer()).isEqualTo("olivia");
            assertThat(label.reason()).contains("no food, children at home");
            assertThat(browser.findElements(By.cssSelector("#label-history tr[data-set-by='human']"))).hasSize(1);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(Chromium.diagnose(browser), e);
        } finally {
            browser.quit();
        }
    }

    private String take(String messageId, String subject, String body, Instant received) {
        IntakeResult result = intake.accept(new ParsedMail(messageId.substring(1, messageId.length() - 1),
                "citizen" + Math.abs(messageId.hashCode()) + "@example.org", "", subject, received, body, "", List.of(),
                List.of()), "api", "test", received);
        assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.CREATED);
        return result.caseId();
    }

    private static String caseIdOfLink(WebElement element) {
        String href = element.getDomAttribute("href");
        return href != null && href.startsWith("/desk/cases/") ? href.substring("/desk/cases/".length()) : null;
    }
}
