package dk.medhearing.notification;

import com.icegreen.greenmail.util.GreenMailUtil;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title stored with line breaks (before titles refused them, or written by hand) reaches the SMTP server inside
 * one whole subject line: it neither cuts the subject nor adds a header such as Bcc.
 */
class MailSubjectIT extends AbstractProcessTest {

    private static final String TITLE = "Omlægning\r\nBcc: victim@evil.example\r\n\r\nresten af titlen";

    @Autowired
    HearingNotifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldKeepAStoredTitleWithLineBreaksInOneWholeSubject() throws Exception {
        // given a hearing whose stored title holds CR/LF and a Bcc header
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        drainOutbox();
        SMTP.purgeEmailFromAllMailboxes();
        jdbc.sql("update hearing set title = ? where reference = ?")
                .params(TITLE, reference)
                .update();

        // when a mail with the title in its subject is written and sent
        driver.as("karen.holm", () -> notifications.missedDeadline(reference, "amc"));
        drainOutbox();

        // then every mail has the whole title in one subject line, and nobody else got it
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).isNotEmpty();
        for (MimeMessage message : received) {
            assertThat(message.getSubject())
                    .isEqualTo("Intet høringssvar fra " + unitName() + " om Omlægning Bcc: "
                            + "victim@evil.example resten af titlen");
            assertThat(message.getHeader("Bcc")).isNull();
            assertThat(Arrays.stream(message.getAllRecipients()).map(Object::toString))
                    .noneMatch(a -> a.contains("evil.example"));
            String whole = GreenMailUtil.getWholeMessage(message);
            assertThat(whole.substring(0, whole.indexOf("\r\n\r\n")))
                    .as("the header block")
                    .doesNotContainPattern("(?im)^bcc:");
        }
    }

    private String unitName() {
        return organisation.requireUnit("amc").name();
    }
}
