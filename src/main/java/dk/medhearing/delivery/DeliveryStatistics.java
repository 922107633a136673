package dk.medhearing.delivery;

import java.time.OffsetDateTime;

/**
 * Case-file deliveries at a glance, for the metrics: waiting and given up (FAILED), and when the oldest waiting one
 * was written (null when none waits).
 */
public record DeliveryStatistics(long pending, long failed, OffsetDateTime oldestPendingCreatedAt) {}
