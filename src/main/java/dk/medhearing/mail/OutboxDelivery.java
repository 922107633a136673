package dk.medhearing.mail;

import dk.medhearing.kit.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Delivers the outbox one mail at a time, outside any database transaction: claim the row (one statement,
 * committed), read it, speak SMTP with no connection held, then mark it SENT (another statement). A crash between
 * SMTP and the mark repeats only that one mail, once its claim has expired. A refused mail is tried again with
 * backoff; after {@code max-attempts} it is FAILED, shown to the administrators and an incident on its process.
 */
@Service
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int BATCH = 10;

    private final OutboxRepository repository;
    private final SmtpSender sender;
    private final FailedMailIncidents incidents;
    private final OutboxProperties properties;
    private final EngineClock clock;

    OutboxDelivery(OutboxRepository repository, SmtpSender sender, FailedMailIncidents incidents,
                   OutboxProperties properties, EngineClock clock) {
        this.repository = repository;
        this.sender = sender;
        this.incidents = incidents;
        this.properties = properties;
        this.clock = clock;
    }

    /** Delivers until nothing is due; returns how many attempts were made. For the tests. */
    public int deliverAllDue() {
        return deliverAllDue(() -> true);
    }

    /**
     * Delivers the due mails one at a time, earliest first, until none is due (or all due ones were claimed by other
     * nodes) or {@code goOn} says stop; returns how many attempts were made. The due mails are looked up a batch at a
     * time; each is claimed only right before it is sent, so at most one mail of this thread is in flight.
     */
    int deliverAllDue(BooleanSupplier goOn) {
        int attempts = 0;
        List<String> due = repository.due(clock.now(), BATCH);
        while (!due.isEmpty()) {
            int before = attempts;
            for (String id : due) {
                if (!goOn.getAsBoolean()) {
                    return attempts;
                }
                if (claim(id)) {
                    deliver(id);
                    attempts++;
                }
            }
            if (attempts == before) {
                return attempts;
            }
            due = repository.due(clock.now(), BATCH);
        }
        return attempts;
    }

    private boolean claim(String id) {
        OffsetDateTime now = clock.now();
        return repository.claim(id, properties.nodeId(), now, now.plus(properties.claimTimeout()));
    }

    private void deliver(String id) {
        OutboxMail row = repository.find(id).orElseThrow();
        Mail mail = row.toMail(repository.attachments(id));
        try {
            sender.send(mail);
        } catch (RuntimeException e) {
            failed(row, mail.key(), e);
            return;
        }
        repository.markSent(id, properties.nodeId(), clock.now());
        log.info("Mail {} sent to {}", mail.key(), mail.to().email());
    }

    private void failed(OutboxMail row, String key, RuntimeException e) {
        String error = describe(e);
        boolean givenUp = row.attempts() >= properties.maxAttempts();
        OffsetDateTime next = clock.now().plus(properties.backoffAfter(row.attempts()));
        repository.markAttemptFailed(row.id(), properties.nodeId(), error, givenUp, next);
        if (givenUp) {
            log.error("Mail {} to {} FAILED after {} attempts: {}", key, row.recipient(), row.attempts(), error);
            incidents.raise(row, error);
        } else {
            log.warn("Mail {} to {} not sent (attempt {} of {}), next attempt at {}: {}", key, row.recipient(),
                    row.attempts(), properties.maxAttempts(), next, error);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1500; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }
}
