package dk.medhearing.operations;

import dk.medhearing.hearing.HearingPhase;
import dk.medhearing.mail.OutboxStatistics;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

/** One reading of what the business metrics report, taken at {@code at} (engine clock). */
record OperationsSnapshot(
        OffsetDateTime at,
        Map<HearingPhase, Long> hearingsByPhase,
        long overdueTasks,
        long openTasks,
        long openIncidents,
        long executableJobs,
        long jobsWithoutRetries,
        OutboxStatistics outbox) {

    /** Seconds since the oldest waiting mail was written; 0 when none waits. */
    double oldestPendingMailAgeSeconds() {
        return outbox.oldestPendingCreatedAt() == null
                ? 0
                : Math.max(
                        0, Duration.between(outbox.oldestPendingCreatedAt(), at).toMillis() / 1000.0);
    }
}
