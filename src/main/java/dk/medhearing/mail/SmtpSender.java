package dk.medhearing.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** Speaks SMTP: one mail as a MIME message. Called by {@link OutboxDelivery} only, never inside a transaction. */
@Component
class SmtpSender {

    static final String KEY_HEADER = "X-Medhearing-Key";

    private final JavaMailSender javaMailSender;
    private final MailProperties properties;

    SmtpSender(JavaMailSender javaMailSender, MailProperties properties) {
        this.javaMailSender = javaMailSender;
        this.properties = properties;
    }

    void send(Mail mail) {
        javaMailSender.send(toMime(mail));
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
            message.setHeader(KEY_HEADER, mail.key());
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot build mail " + mail.key(), e);
        }
    }
}
