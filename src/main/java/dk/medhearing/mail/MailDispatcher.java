package dk.medhearing.mail;

import dk.medhearing.web.EngineClock;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Sends mail over SMTP, each at most once per business key, kind and recipient. An SMTP failure propagates, so the
 * job that called it is retried (and becomes an incident when its retries run out); what was already sent is not
 * sent again.
 */
@Service
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JavaMailSender javaMailSender;
    private final MailLogRepository mailLog;
    private final MailProperties properties;
    private final EngineClock clock;

    public MailDispatcher(JavaMailSender javaMailSender, MailLogRepository mailLog, MailProperties properties,
                      EngineClock clock) {
        this.javaMailSender = javaMailSender;
        this.mailLog = mailLog;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends every mail not sent before; returns how many went out now. */
    public int sendAll(List<Mail> mails) {
        int sent = 0;
        for (Mail mail : mails) {
            if (send(mail)) {
                sent++;
            }
        }
        return sent;
    }

    public boolean send(Mail mail) {
        if (mailLog.wasSent(mail.businessKey(), mail.kind(), mail.to().email())) {
            return false;
        }
        javaMailSender.send(toMime(mail));
        mailLog.recordSent(mail.businessKey(), mail.kind(), mail.to().email(), mail.subject(), clock.now());
        log.info("Mail {} for {} sent to {}", mail.kind(), mail.businessKey(), mail.to().email());
        return true;
    }

    private MimeMessage toMime(Mail mail) {
        MimeMessage message = javaMailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(),
                    StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(properties.from(), true));
            helper.setTo(new InternetAddress(mail.to().email(), mail.to().name(), StandardCharsets.UTF_8.name()));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
            for (Mail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            message.setHeader("X-Medhearing-Key", mail.businessKey() + "/" + mail.kind());
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot build mail " + mail.kind() + " for " + mail.businessKey(), e);
        }
    }
}
