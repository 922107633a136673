package dk.medhearing.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;

/**
 * Speaks SMTP: one mail as a MIME message. Called by {@link OutboxDelivery} only, never inside a transaction.
 * {@link #connection()} keeps one SMTP connection open for several mails in a row (Spring Boot's mail settings:
 * host, port, user, password, {@code spring.mail.properties}), instead of a connection per mail.
 */
@Component
class SmtpSender {

    static final String KEY_HEADER = "X-Medhearing-Key";

    /**
     * Jakarta Mail 2.1 finds its stream provider with a ServiceLoader scan of the class path each time it encodes or
     * parses a header or a body part (jakartaee/mail-api#861, open): a third of a mail's CPU time here. Naming the
     * provider (Angus Mail's, the implementation Spring Boot brings) turns that into a class lookup. A provider named
     * by the operator is left alone.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final JavaMailSender javaMailSender;
    private final MailProperties properties;

    SmtpSender(JavaMailSender javaMailSender, MailProperties properties) {
        this.javaMailSender = javaMailSender;
        this.properties = properties;
    }

    /** One mail on a connection of its own. */
    void send(Mail mail) {
        javaMailSender.send(toMime(mail));
    }

    /** A connection for several mails, opened with the first; the caller closes it. */
    Connection connection() {
        return new Connection();
    }

    /**
     * One SMTP connection used for one mail after the other. A mail that fails on a connection that has carried mail
     * before is sent once more on a new one (the server may have closed an idle connection); the second failure is
     * the mail's.
     */
    final class Connection implements AutoCloseable {

        private Transport transport;
        private int sent;

        void send(Mail mail) {
            if (!(javaMailSender instanceof JavaMailSenderImpl impl)) {
                SmtpSender.this.send(mail);
                return;
            }
            MimeMessage message = toMime(mail);
            try {
                sendOn(impl, message);
            } catch (MessagingException first) {
                boolean reused = sent > 0;
                close();
                if (!reused) {
                    throw new MailSendException("Mail " + mail.key() + " not sent", first);
                }
                try {
                    sendOn(impl, message);
                } catch (MessagingException second) {
                    close();
                    throw new MailSendException("Mail " + mail.key() + " not sent", second);
                }
            }
        }

        private void sendOn(JavaMailSenderImpl impl, MimeMessage message) throws MessagingException {
            if (transport == null) {
                transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
                String user = impl.getUsername() == null || impl.getUsername().isEmpty() ? null : impl.getUsername();
                String password = user == null ? null : impl.getPassword();
                transport.connect(impl.getHost(), impl.getPort(), user, password);
                sent = 0;
            }
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            String id = message.getMessageID();
            message.saveChanges(); // makes a new Message-ID: ours is put back, as JavaMailSenderImpl does
            message.setHeader("Message-ID", id);
            transport.sendMessage(message, message.getAllRecipients());
            sent++;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the connection is given up either way
                }
                transport = null;
            }
        }
    }

    /**
     * The same for every attempt at the same mail (key and recipient): a mail repeated after a crash between SMTP and
     * marking it sent is the same message, which mail systems recognise as a duplicate.
     */
    String messageId(Mail mail) {
        String address = properties.fromAddress();
        String domain = address.contains("@") ? address.substring(address.indexOf('@') + 1) : "medhearing";
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((mail.key() + "|" + mail.to().email().toLowerCase()).getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + ".medhearing@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private MimeMessage toMime(Mail mail) {
        MimeMessage message = javaMailSender.createMimeMessage();
        try {
            MimeMessageHelper helper =
                    new MimeMessageHelper(message, !mail.attachments().isEmpty(), StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(properties.from(), true));
            helper.setTo(new InternetAddress(mail.to().email(), mail.to().name(), StandardCharsets.UTF_8.name()));
            // one line whatever was stored (an outbox row written before subjects were made one line)
            helper.setSubject(MailTemplates.oneLine(mail.subject()));
            helper.setText(mail.text(), false);
            for (Mail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(
                        attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            message.setHeader(KEY_HEADER, mail.key());
            message.setHeader("Message-ID", messageId(mail));
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot build mail " + mail.key(), e);
        }
    }
}
