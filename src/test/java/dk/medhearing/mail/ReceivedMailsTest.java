package dk.medhearing.mail;

import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The mailbox's view: newest first whoever it was to, names decoded, attachments listed and found, by hearing. */
class ReceivedMailsTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    @Test
    void newestFirstDecodedWithAttachmentsAndFilteredByHearing() throws Exception {
        // given three mails as the server received them: to two people, for two hearings, one with an invitation
        List<ReceivedMails.Arrival> received = List.of(
                arrival(
                        "BIF-2026-0001/opened/amc",
                        "=?UTF-8?Q?Erik_M=C3=B8ller?= <erik@example.org>",
                        "Først",
                        null,
                        "2026-12-01T09:00:00Z"),
                arrival("BIF-2026-0002/opened/amc", "anne@example.org", "Dernæst", null, "2026-12-01T09:01:00Z"),
                arrival(
                        "BIF-2026-0001/meeting/amc",
                        "=?UTF-8?Q?Erik_M=C3=B8ller?= <erik@example.org>",
                        "Sidst",
                        "møde.ics",
                        "2026-12-01T09:02:00Z"));

        // when the mailbox shows them
        List<MailboxController.ReceivedMail> all = ReceivedMails.of(received, null);
        List<MailboxController.ReceivedMail> first = ReceivedMails.of(received, "BIF-2026-0001");

        // then the newest is first, whoever it was to
        assertThat(all)
                .extracting(MailboxController.ReceivedMail::subject)
                .containsExactly("Sidst", "Dernæst", "Først");
        assertThat(all).extracting(MailboxController.ReceivedMail::id).containsExactly(3, 2, 1);
        // names are decoded
        assertThat(all.get(0).to()).containsExactly("Erik Møller <erik@example.org>");
        assertThat(all.get(0).from()).isEqualTo("Høringer <hoering@example.org>");
        // the invitation is listed with its decoded name and type, and found by its numbers
        assertThat(all.get(0).attachments())
                .containsExactly(new ReceivedMails.Attachment(1, "møde.ics", "text/calendar"));
        Part part = ReceivedMails.attachment(received, 3, 1).orElseThrow();
        assertThat(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("BEGIN:VCALENDAR");
        assertThat(ReceivedMails.attachment(received, 3, 2)).isEmpty();
        assertThat(ReceivedMails.attachment(received, 4, 1)).isEmpty();
        assertThat(ReceivedMails.attachment(received, 0, 1)).isEmpty();
        // and the filter keeps the hearing's mails, the hearings listed newest first
        assertThat(first).extracting(MailboxController.ReceivedMail::subject).containsExactly("Sidst", "Først");
        assertThat(ReceivedMails.hearings(all)).containsExactly("BIF-2026-0001", "BIF-2026-0002");
    }

    private static ReceivedMails.Arrival arrival(String key, String to, String subject, String attachment, String at)
            throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress("hoering@example.org", "Høringer", "UTF-8"));
        message.setHeader("To", to);
        message.setSubject(subject, "UTF-8");
        message.setHeader(ReceivedMails.KEY_HEADER, key);
        if (attachment == null) {
            message.setText("Tekst", "UTF-8");
        } else {
            MimeMultipart multipart = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Tekst", "UTF-8");
            MimeBodyPart ics = new MimeBodyPart();
            ics.setContent("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar; charset=UTF-8; method=REQUEST");
            ics.setDisposition(Part.ATTACHMENT);
            ics.setFileName(MimeUtility.encodeText(attachment, "UTF-8", "Q"));
            multipart.addBodyPart(text);
            multipart.addBodyPart(ics);
            message.setContent(multipart);
        }
        message.saveChanges();
        // as the server has it: parsed back from what was sent
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        MimeMessage parsed = new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(parsed.getRecipients(Message.RecipientType.TO)).isNotEmpty();
        return new ReceivedMails.Arrival(parsed, Instant.parse(at));
    }
}
