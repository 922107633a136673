package dk.medhearing.browser;

import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own pages as their users meet them in a Danish Chromium: a chair on an administrator's page, a board link
 * opened without a session, and the administration starting a hearing on the start page with the schedule beside
 * the fields, opened from Tasklist's start form in a new tab.
 */
class OurPagesBrowserIT extends AbstractBrowserTest {

    @Test
    void aChairOpeningAnAdministratorsPageSeesTheDanish403WithAWayOn() {
        // given AMC's chair, logged in to Tasklist
        browser.login("tasklist", "anders.friis");

        // when she opens the administration's start page
        browser.driver.get(browser.url("/status/tidsplan"));

        // then she sees the Danish page saying so, and the way to her board
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Du har ikke adgang til siden");
        assertThat(browser.text(By.tagName("main")))
                .contains("Fejlkode 403", "Tasklist")
                .doesNotContain("Whitelabel");
        browser.screenshot("danish-403");
        browser.visible(By.linkText("Statustavlen med dine høringer")).click();
        browser.await(
                "the board", d -> d.findElement(By.tagName("h1")).getText().equals("Høringer i MED-systemet"));
    }

    @Test
    void theBoardWithoutASessionGoesToTheDanishLoginAndComesBack() {
        // when an administrator opens a link to the start page without being logged in
        browser.driver.get(browser.url("/status/tidsplan"));

        // then she is on our Danish login (no browser popup), and after it on the page she asked for
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Log ind på MED-høringer");
        assertThat(browser.driver.getCurrentUrl()).contains("/login?next=%2Fstatus%2Ftidsplan");
        browser.type(browser.visible(By.id("username")), "karen.holm");
        browser.type(browser.visible(By.id("password")), "demo");
        browser.screenshot("danish-login");
        browser.click(browser.visible(By.xpath("//button[normalize-space(.)='Log ind']")));
        browser.await("back on the start page", d -> d.getCurrentUrl().endsWith("/status/tidsplan"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Start en høring");
        browser.screenshot("back-on-the-page");

        // and the login is the webapps' own: Tasklist opens without another login
        browser.driver.get(browser.url("/camunda/app/tasklist/default/"));
        browser.visible(By.cssSelector("[cam-widget-header] .navbar-brand"));
        assertThat(browser.all(By.cssSelector("form[name='signinForm']")).stream()
                        .noneMatch(WebElement::isDisplayed))
                .isTrue();
    }

    @Test
    void theAdministrationSeesTheScheduleWhileTypingTheStartAndLandsOnTheBoard() {
        // given the administration in Tasklist's start form, which opens the start page in a new tab
        String ref = HearingDriver.newReference();
        browser.login("tasklist", "karen.holm");
        StartForms.open(browser, StartForms.HEARING);
        WebElement link = browser.visible(By.cssSelector(".modal-content a[href='/status/tidsplan']"));
        assertThat(link.getDomAttribute("target")).isEqualTo("_blank");
        String tasklistTab = browser.driver.getWindowHandle();
        browser.click(link);
        browser.await("a new tab", d -> d.getWindowHandles().size() == 2);
        List<String> tabs = new ArrayList<>(browser.driver.getWindowHandles());
        tabs.remove(tasklistTab);
        browser.driver.switchTo().window(tabs.get(0));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Start en høring");

        // when she types the hearing, without pressing anything
        browser.type(browser.visible(By.id("reference")), ref);
        browser.type(browser.visible(By.id("title")), "Samling af jobcentrets rådgivning");
        browser.click(browser.visible(By.id("committee-amc")));
        LocalDate today = LocalDate.now(HearingDriver.ZONE);
        dateTime("responseDeadline", today.plusDays(21) + "T12:00");
        dateTime("mainCommitteeMeetingAt", today.plusDays(28) + "T10:00");
        dateTime("politicalCommitteeMeetingAt", today.plusDays(35) + "T16:00");
        browser.type(browser.visible(By.id("shortWindowJustification")), HearingDriver.JUSTIFICATION);

        // then the schedule beside the fields shows the timeline and AMC's dates, and nothing typed is lost
        browser.await(
                "the schedule while typing",
                d -> !d.findElements(By.cssSelector("#schedule .timeline svg")).isEmpty()
                        && d.findElement(By.id("schedule"))
                                .getText()
                                .contains("Indkald til ekstraordinært CenterMED-møde"));
        assertThat(browser.text(By.id("schedule"))).contains("Høringsfrist", "Arbejdsdage", "Første påmindelse");
        assertThat(browser.visible(By.id("reference")).getDomProperty("value")).isEqualTo(ref);
        assertThat(browser.visible(By.id("committee-amc")).isSelected()).isTrue();
        browser.screenshot("schedule-while-typing");

        // when she starts it
        browser.click(browser.visible(By.xpath("//button[normalize-space(.)='Start høringen']")));

        // then she lands on the hearing's board, and Tasklist is still open in the first tab
        browser.await("the hearing's board", d -> d.getCurrentUrl().contains("/status/" + ref));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Samling af jobcentrets rådgivning");
        assertThat(browser.text(By.cssSelector(".started"))).contains("Høringen er startet");
        browser.screenshot("the-hearings-board");
        browser.driver.switchTo().window(tasklistTab);
        assertThat(browser.all(By.cssSelector(".modal-content .fjs-container"))).isNotEmpty();
    }

    /** A date-time field set as its date picker sets it (the value, then the input event the page listens to). */
    private void dateTime(String id, String value) {
        browser.script(
                "var f = document.getElementById(arguments[0]); f.value = arguments[1];"
                        + "f.dispatchEvent(new Event('input', {bubbles: true}));",
                id,
                value);
    }
}
