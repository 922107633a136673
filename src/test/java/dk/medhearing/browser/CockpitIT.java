package dk.medhearing.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration opens Cockpit in a fresh browser: the login page loads, and the hearing processes are listed. */
class CockpitIT extends AbstractBrowserTest {

    @Test
    void theAdministrationLogsInToCockpitFromAFreshBrowserAndSeesTheHearingProcesses() {
        // given a browser that has never been logged in (Cockpit's login page needs its plugins' scripts first)
        // when karen.holm of the administration logs in to Cockpit and opens the process list
        browser.login("cockpit", "karen.holm");
        browser.driver.get(browser.url("/camunda/app/cockpit/default/#/processes"));

        // then the deployed processes are listed by their Danish names
        String list = browser.await("the process list", d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return text.contains("Høring i MED-systemet") ? text : null;
        });
        browser.screenshot("processes");
        assertThat(list).contains("Høring i MED-systemet", "CenterMEDs høringssvar");
    }
}
