package dk.medhearing.browser;

import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.TestIdentityProvider;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on in Chromium against a real OpenID Connect provider on loopback ({@link TestIdentityProvider}): a
 * webapp or page opened without a session goes to the provider's login; AMC's chair lands in Tasklist with AMC's
 * task and completes its form; logout ends both sessions and shows our Danish page; an administrator reaches the board
 * and Cockpit; someone outside the MED organisation gets our Danish refusal and nothing else.
 */
class SsoBrowserIT extends AbstractBrowserTest {

    private static final By WEBAPP_HEADER = By.cssSelector("[cam-widget-header] .navbar-brand");
    private static final By CAMUNDA_LOGIN = By.cssSelector("form[name='signinForm']");

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        TestIdentityProvider.register(registry);
    }

    @Test
    void amcsChairLogsInAtTheProviderCompletesHerTaskAndLogsOut() {
        // given a hearing for AMC waiting for its chair to call the meeting
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc"));
        driver.executeJobs(ref);
        Task task = task(ref, "Task_ScheduleMeeting");

        // when AMC's chair opens Tasklist and logs in at the provider
        browser.driver.get(browser.url("/camunda/app/tasklist/default/"));
        providerLogin("anders");

        // then she is in Tasklist as herself, without Camunda's password form
        browser.await("Tasklist", d -> !d.findElements(WEBAPP_HEADER).isEmpty());
        assertThat(browser.driver.getCurrentUrl()).startsWith(browser.url("/camunda/app/tasklist/"));
        assertThat(browser.all(CAMUNDA_LOGIN).stream().noneMatch(WebElement::isDisplayed))
                .isTrue();

        // and completes AMC's task
        LocalDate today = LocalDate.now(HearingDriver.ZONE);
        tasklist.openTask(task.getId());
        tasklist.claim();
        tasklist.date("Field_meetingDate", today.plusDays(3));
        tasklist.time("Field_meetingTime", "10:00");
        tasklist.time("Field_meetingEnd", "12:00");
        tasklist.text("Field_meetingPlace", "Mødelokalet ved Torvet");
        browser.screenshot("meeting-filled");
        tasklist.complete(() ->
                engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .taskId(task.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo("anders.friis");

        // when she logs out with Tasklist's own "Log ud"
        browser.script("document.querySelector('li.logout a').click()");

        // then our Danish page says so, and Tasklist asks for a login at the provider again
        browser.await("our logged-out page", d -> d.getCurrentUrl().endsWith("/sso/logget-ud"));
        browser.screenshot("logged-out");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Du er logget ud");
        browser.driver.get(browser.url("/camunda/app/tasklist/default/"));
        awaitProviderLogin();
    }

    @Test
    void anAdministratorReachesTheBoardAndCockpit() {
        // when an administrator opens the board and logs in at the provider
        browser.driver.get(browser.url("/status"));
        providerLogin("lene");

        // then she is back on the board
        browser.await("the board", d -> d.getCurrentUrl().startsWith(browser.url("/status")));
        assertThat(browser.text(By.tagName("h1"))).contains("Høringer i MED-systemet");

        // and Cockpit lets her in without another login
        browser.driver.get(browser.url("/camunda/app/cockpit/default/"));
        browser.await(
                "Cockpit",
                d -> !d.findElements(WEBAPP_HEADER).isEmpty()
                        && d.getCurrentUrl().startsWith(browser.url("/camunda/app/cockpit/")));
        browser.screenshot("cockpit");
        assertThat(browser.all(CAMUNDA_LOGIN).stream().noneMatch(WebElement::isDisplayed))
                .isTrue();

        // and Cockpit's own "Log ud" ends both sessions as well
        browser.await("Cockpit's logout link", d -> !d.findElements(By.cssSelector("li.logout a"))
                .isEmpty());
        browser.script("document.querySelector('li.logout a').click()");
        browser.await("our logged-out page", d -> d.getCurrentUrl().endsWith("/sso/logget-ud"));
        browser.driver.get(browser.url("/status"));
        awaitProviderLogin();
    }

    @Test
    void someoneOutsideTheMedOrganisationIsRefusedInDanish() {
        // when someone the provider knows but the MED organisation does not logs in
        browser.driver.get(browser.url("/camunda/app/tasklist/default/"));
        providerLogin("udenfor");

        // then our Danish refusal names whom to contact
        browser.await("the refusal", d -> d.getCurrentUrl().endsWith("/sso/ingen-adgang"));
        browser.screenshot("refused");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Du har ikke adgang til MED-høringer");
        assertThat(browser.text(By.tagName("main"))).contains("MED-sekretariatet på med@example.org");

        // and neither the board nor Tasklist let her in
        for (String page : List.of("/status", "/camunda/app/tasklist/default/")) {
            browser.driver.get(browser.url(page));
            browser.await("refused again: " + page, d -> d.getCurrentUrl().endsWith("/sso/ingen-adgang"));
        }
    }

    private void providerLogin(String user) {
        awaitProviderLogin();
        browser.visible(By.id("username")).sendKeys(user);
        browser.visible(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
        browser.screenshot("provider-login-" + user);
        browser.visible(By.cssSelector("button[type='submit']")).click();
    }

    private void awaitProviderLogin() {
        browser.await(
                "the provider's login page", d -> d.getCurrentUrl().startsWith(TestIdentityProvider.ISSUER + "/login"));
    }
}
