package dk.medhearing.mail;

import java.time.OffsetDateTime;

/**
 * The mail outbox at a glance, for the metrics: mails waiting and failed, and when the oldest waiting one was
 * written (null when none waits).
 */
public record OutboxStatistics(long pending, long failed, OffsetDateTime oldestPendingCreatedAt) {}
