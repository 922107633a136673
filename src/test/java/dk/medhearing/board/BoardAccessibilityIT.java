package dk.medhearing.board;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.1 A and AA rules) over the board's pages in Debian's headless Chromium, logged in through the
 * webapps' own login form: the board uses the same session.
 */
class BoardAccessibilityIT extends AbstractProcessTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private ChromeDriverService service;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Copenhagen"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1400,1100",
                "--no-first-run",
                "--disable-extensions");
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        try {
            browser.quit();
        } finally {
            service.stop();
        }
    }

    private void login(String user) {
        browser.get(url("/camunda/app/tasklist/default/"));
        // Tasklist's scripts are large: on a busy two-core machine the login form may take a while
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        // the login form is replaced while Tasklist loads and after the login: an element found may be gone at once
        wait.ignoring(StaleElementReferenceException.class);
        WebElement name = wait.until(
                d -> d.findElements(By.cssSelector("form[name='signinForm'] input[ng-model='username']")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']"))
                .sendKeys("demo");
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"))
                .click();
        wait.until(d -> d.findElements(By.cssSelector("form[name='signinForm']")).stream()
                .noneMatch(WebElement::isDisplayed));
    }

    private List<String> violations(String path) {
        browser.get(url(path));
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        return results.getViolations().stream()
                .map(BoardAccessibilityIT::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(", "));
    }

    @Test
    void shouldPassAxeOnTheBoardTheHearingTheStartPageTheErrorPageAndTheLogin() {
        // given an embargoed hearing with a timeline, and the administration logged in to Tasklist
        driver.moveClockTo(OffsetDateTime.parse("2026-11-02T09:00+01:00"));
        String ref = HearingDriver.newReference();
        as("karen.holm").postForEntity(url("/api/hearings"), StatusBoardIT.body(ref, true), String.class);
        driver.executeJobs(ref);
        login("karen.holm");

        // when axe checks the board, the hearing's page (with the SVG) and the schedule page
        // then no WCAG 2.1 A/AA rule is broken
        assertThat(violations("/status")).isEmpty();
        assertThat(browser.getPageSource()).contains(ref);
        assertThat(violations("/status/" + ref)).isEmpty();
        assertThat(browser.findElements(By.cssSelector("svg[role='img'] desc"))).hasSize(1);
        assertThat(violations("/status/tidsplan")).isEmpty();
        browser.executeScript("document.getElementById('responseDeadline').value = '2026-12-24T12:00';"
                + "document.getElementById('mainCommitteeMeetingAt').value = '2027-01-05T10:00';"
                + "document.getElementById('politicalCommitteeMeetingAt').value = '2027-01-12T16:00';");
        browser.findElement(By.cssSelector("form.schedule-form button[type='submit']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage(() -> "no schedule in: " + browser.getPageSource())
                .until(d -> !d.findElements(By.cssSelector("#schedule .timeline svg"))
                        .isEmpty());
        Results schedule = new AxeBuilder().withTags(WCAG).analyze(browser);
        assertThat(schedule.getViolations().stream()
                        .map(BoardAccessibilityIT::describe)
                        .toList())
                .isEmpty();
        // and the start page after a refused start (field errors), the Danish error page and our login
        browser.findElement(By.xpath("//button[normalize-space(.)='Start høringen']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        Results refused = new AxeBuilder().withTags(WCAG).analyze(browser);
        assertThat(refused.getViolations().stream()
                        .map(BoardAccessibilityIT::describe)
                        .toList())
                .isEmpty();
        assertThat(violations("/status/FINDES-IKKE-1")).isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Siden findes ikke");
        assertThat(violations("/login?next=%2Fstatus")).isEmpty();
    }
}
