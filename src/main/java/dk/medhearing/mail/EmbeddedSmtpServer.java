package dk.medhearing.mail;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.medhearing.kit.StartupWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * GreenMail as a real SMTP server on localhost, started before anything sends mail. It keeps what it receives
 * in memory; {@link MailboxController} shows it. Off in {@code prod} and in tests (which run their own).
 */
@Component
@ConditionalOnProperty(name = "medhearing.mail.embedded-smtp.enabled", havingValue = "true")
public class EmbeddedSmtpServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpServer.class);

    private final GreenMail greenMail;
    private final EmbeddedSmtpProperties properties;
    private volatile boolean running;

    public EmbeddedSmtpServer(EmbeddedSmtpProperties properties, StartupWork startupWork) {
        this.properties = properties;
        this.greenMail =
                new GreenMail(new ServerSetup(properties.port(), properties.bindAddress(), ServerSetup.PROTOCOL_SMTP));
        // Listening before any lifecycle bean starts (the mail outbox poller sends): the start waits for its work
        startupWork.submit("embedded SMTP server", this::start);
    }

    @Override
    public synchronized void start() {
        if (!running) {
            greenMail.start();
            running = true;
            log.info("Embedded SMTP server listening on {}:{}", properties.bindAddress(), properties.port());
        }
    }

    @Override
    public synchronized void stop() {
        if (running) {
            greenMail.stop();
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    /** Every message received, oldest first by arrival (GreenMail's own list is grouped by recipient). */
    List<ReceivedMails.Arrival> receivedMessages() {
        return greenMail.getManagers().getImapHostManager().getAllMessages().stream()
                .sorted(Comparator.comparing(StoredMessage::getReceivedDate).thenComparing(StoredMessage::getUid))
                .map(m -> new ReceivedMails.Arrival(
                        m.getMimeMessage(), m.getReceivedDate().toInstant()))
                .toList();
    }
}
