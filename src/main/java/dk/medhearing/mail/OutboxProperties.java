package dk.medhearing.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Delivery of the mail outbox ({@code medhearing.mail.outbox}): whether this node polls, how often, how long a
 * claimed mail stays reserved for this node, and the retries of a mail that SMTP refuses (backoff doubling from
 * {@code backoff} up to {@code maxBackoff}; after {@code maxAttempts} attempts the mail is FAILED and shown to the
 * administrators). {@code nodeId} names this node in {@code claimed_by}; by default host name and process id.
 * {@code sentContentRetention}: how long a sent mail keeps its text and attachments; its key row stays for good, so
 * a mail is never sent twice. {@code pauseWhileBusy}: the wait before each next mail while the node is answering
 * users' requests (delivery gives way to them, and still makes progress); zero to never wait. {@code workers}: the
 * threads of this node that deliver at the same time, each with one mail in flight (so a crash of the node repeats
 * at most that many mails) and each named {@code nodeId/n} in {@code claimed_by} from the second on.
 */
@ConfigurationProperties("medhearing.mail.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean pollEnabled,
        @DefaultValue("PT2S") Duration pollInterval,
        @DefaultValue("PT2M") Duration claimTimeout,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT1M") Duration backoff,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("") String nodeId,
        @DefaultValue("P30D") Duration sentContentRetention,
        @DefaultValue("PT0.05S") Duration pauseWhileBusy,
        @DefaultValue("1") int workers) {

    public OutboxProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("medhearing.mail.outbox.max-attempts must be at least 1");
        }
        if (workers < 1 || workers > 8) {
            throw new IllegalArgumentException("medhearing.mail.outbox.workers must be between 1 and 8");
        }
        if (pauseWhileBusy.isNegative()) {
            throw new IllegalArgumentException("medhearing.mail.outbox.pause-while-busy must not be negative");
        }
        if (sentContentRetention.isNegative()) {
            throw new IllegalArgumentException("medhearing.mail.outbox.sent-content-retention must not be negative");
        }
        if (nodeId == null || nodeId.isBlank()) {
            nodeId = ManagementFactory.getRuntimeMXBean().getName();
        }
    }

    /** The name in {@code claimed_by} of this node's delivery thread {@code worker} (0 = the node's own name). */
    public String claimant(int worker) {
        return worker == 0 ? nodeId : nodeId + "/" + worker;
    }

    /** The wait before attempt number {@code attempts + 1}, after {@code attempts} failed ones. */
    public Duration backoffAfter(int attempts) {
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
