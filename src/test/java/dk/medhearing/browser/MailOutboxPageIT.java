package dk.medhearing.browser;

import dk.medhearing.mail.Mail;
import dk.medhearing.mail.MailOutbox;
import dk.medhearing.support.AbstractIntegrationTest;
import dk.medhearing.support.HearingDriver;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator sends a failed mail again from {@code /status/mail} in the browser, as the page is used. */
class MailOutboxPageIT extends AbstractBrowserTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorSendsAFailedMailAgainAndItArrivesOnce() {
        // given a mail the outbox gave up on after its attempts
        String ref = HearingDriver.newReference();
        outbox.enqueue(new Mail(
                ref,
                "receipt",
                "amc",
                new Mail.Recipient("Anne Holm", "anne.holm@example.org"),
                "Kvittering for høringssvar",
                "Tak for jeres høringssvar.",
                List.of()));
        jdbc.sql("update mail_outbox set state = 'FAILED', attempts = 5, last_error = 'Mailserveren svarede ikke' "
                        + "where business_key = ?")
                .param(ref)
                .update();

        // when the administration opens the page and presses "Send igen" on its row
        browser.login("tasklist", "karen.holm");
        browser.driver.get(browser.url("/status/mail"));
        WebElement row = browser.visible(By.xpath("//tr[td[text()='" + ref + "']]"));
        assertThat(row.getText())
                .contains("anne.holm@example.org", "Kvittering for høringssvar", "5", "Mailserveren svarede ikke");
        browser.screenshot("failed-mail");
        browser.click(row.findElement(By.cssSelector("button.retry")));
        browser.await(
                "the button says the mail is sent again",
                d -> row.findElement(By.cssSelector("button.retry")).getText().equals("Sendes igen"));
        browser.screenshot("sent-again");
        drainOutbox();

        // then the mail arrives once, and the row is gone from the page
        assertThat(received(ref)).isEqualTo(1);
        browser.driver.navigate().refresh();
        browser.visible(By.tagName("h1"));
        assertThat(browser.driver.findElements(By.xpath("//tr[td[text()='" + ref + "']]")))
                .isEmpty();
    }

    private static long received(String ref) {
        return Arrays.stream(AbstractIntegrationTest.SMTP.getReceivedMessages())
                .filter(m -> key(m).equals(ref + "/receipt/amc"))
                .count();
    }

    private static String key(MimeMessage message) {
        try {
            String key = message.getHeader("X-Medhearing-Key", null);
            return key == null ? "" : key;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
