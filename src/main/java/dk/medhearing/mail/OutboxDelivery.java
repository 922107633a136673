package dk.medhearing.mail;

import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.UserRequests;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Delivers the outbox one mail at a time, outside any database transaction, on one SMTP connection per run: claim
 * a batch of due rows (one statement, committed), read them, then for each speak SMTP with no database connection
 * held and mark it SENT (one statement); while users' requests are being answered, it waits a little before each
 * next mail ({@code pause-while-busy}). A crash between SMTP and the mark repeats only that one mail, once its claim
 * has expired. A refused mail is tried again with backoff; after {@code max-attempts} it is FAILED, shown to the administrators and an incident on its process.
 */
@Service
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    /** Mails claimed per statement. */
    private static final int BATCH = 50;
    /** Claims in a row that found every due mail taken by another thread, before this run gives up. */
    private static final int MAX_LOST_CLAIMS = 3;

    private final OutboxRepository repository;
    private final SmtpSender sender;
    private final FailedMailIncidents incidents;
    private final OutboxProperties properties;
    private final EngineClock clock;
    private final UserRequests userRequests;
    private final MeterRegistry meters;

    OutboxDelivery(
            OutboxRepository repository,
            SmtpSender sender,
            FailedMailIncidents incidents,
            OutboxProperties properties,
            EngineClock clock,
            UserRequests userRequests,
            MeterRegistry meters) {
        this.userRequests = userRequests;
        this.meters = meters;
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

    int deliverAllDue(BooleanSupplier goOn) {
        return deliverAllDue(goOn, properties.nodeId());
    }

    /**
     * Delivers the due mails one at a time, earliest first, on one SMTP connection, until none is due (or all due
     * ones were claimed by other nodes) or {@code goOn} says stop; returns how many attempts were made. The due mails
     * are claimed a batch at a time (one statement), each is marked sent right after SMTP took it, so at most one
     * mail of this thread is in flight; claimed mails not tried when {@code goOn} says stop are given back.
     * {@code claimant} is written to {@code claimed_by}: one name per delivering thread, so that each thread reads
     * back only the mails it claimed itself.
     */
    int deliverAllDue(BooleanSupplier goOn, String claimant) {
        int attempts = 0;
        int failures = 0;
        int lostClaims = 0;
        long started = System.nanoTime();
        try (SmtpSender.Connection smtp = sender.connection()) {
            while (true) {
                OffsetDateTime now = clock.now();
                List<String> due = repository.due(now, BATCH);
                List<OutboxMail> batch = repository.claimAll(due, claimant, now, now.plus(properties.claimTimeout()));
                if (batch.isEmpty()) {
                    // nothing due, or another thread claimed these first: look once more only if it may be the latter
                    if (due.isEmpty() || ++lostClaims > MAX_LOST_CLAIMS) {
                        break;
                    }
                    continue;
                }
                lostClaims = 0;
                Map<String, List<Mail.Attachment>> attachments = repository.attachments(
                        batch.stream().map(OutboxMail::id).toList());
                // no mail is begun in the second half of its claim: it stays this node's until SMTP is done with it
                OffsetDateTime claimHalfway = now.plus(properties.claimTimeout().dividedBy(2));
                for (int i = 0; i < batch.size(); i++) {
                    if (attempts > 0 && !giveWayToUsers() || !goOn.getAsBoolean()) {
                        release(batch.subList(i, batch.size()), claimant);
                        return attempts;
                    }
                    if (clock.now().isAfter(claimHalfway)) {
                        release(batch.subList(i, batch.size()), claimant); // claimed again, fresh, by the next round
                        break;
                    }
                    OutboxMail row = batch.get(i);
                    if (!deliver(row, attachments.getOrDefault(row.id(), List.of()), smtp, claimant)) {
                        failures++;
                    }
                    attempts++;
                }
            }
        }
        if (attempts > 0) {
            log.info(
                    "Mail outbox: {} mails sent, {} not sent, in {} ms",
                    attempts - failures,
                    failures,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return attempts;
    }

    private void release(List<OutboxMail> untried, String claimant) {
        repository.release(untried.stream().map(OutboxMail::id).toList(), claimant);
    }

    /**
     * While users' requests are being answered, waits {@code pause-while-busy} before the next mail: on H2 each mail's
     * "sent" commit would otherwise queue users' commits behind it. {@code false} if interrupted (shutting down).
     */
    private boolean giveWayToUsers() {
        if (properties.pauseWhileBusy().isZero() || !userRequests.busy()) {
            return true;
        }
        try {
            Thread.sleep(properties.pauseWhileBusy().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean deliver(
            OutboxMail row, List<Mail.Attachment> attachments, SmtpSender.Connection smtp, String claimant) {
        Mail mail = row.toMail(attachments);
        try {
            smtp.send(mail);
        } catch (RuntimeException e) {
            failed(row, mail.key(), e, claimant);
            return false;
        }
        repository.markSent(row.id(), claimant, clock.now());
        count("medhearing.mail.sent", row.kind());
        log.debug("Mail {} sent to {}", mail.key(), mail.to().email());
        return true;
    }

    private void failed(OutboxMail row, String key, RuntimeException e, String claimant) {
        String error = describe(e);
        boolean givenUp = row.attempts() >= properties.maxAttempts();
        OffsetDateTime next = clock.now().plus(properties.backoffAfter(row.attempts()));
        repository.markAttemptFailed(row.id(), claimant, error, givenUp, next);
        count("medhearing.mail.attempts.failed", row.kind());
        if (givenUp) {
            log.error("Mail {} to {} FAILED after {} attempts: {}", key, row.recipient(), row.attempts(), error);
            incidents.raise(row, error);
        } else {
            log.warn(
                    "Mail {} to {} not sent (attempt {} of {}), next attempt at {}: {}",
                    key,
                    row.recipient(),
                    row.attempts(),
                    properties.maxAttempts(),
                    next,
                    error);
        }
    }

    /** This node's mails sent, and attempts refused, per kind of mail (reminders included). */
    private void count(String name, String kind) {
        meters.counter(name, "kind", kind).increment();
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
