package dk.medhearing.operations;

import dk.medhearing.delivery.DeliveryStatistics;
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
        OutboxStatistics outbox,
        DeliveryStatistics caseFiles) {

    /** Seconds since the oldest waiting mail was written; 0 when none waits. */
    double oldestPendingMailAgeSeconds() {
        return secondsSince(outbox.oldestPendingCreatedAt());
    }

    /** Seconds since the oldest waiting case-file delivery was written; 0 when none waits. */
    double oldestPendingCaseFileAgeSeconds() {
        return secondsSince(caseFiles.oldestPendingCreatedAt());
    }

    private double secondsSince(OffsetDateTime written) {
        return written == null ? 0 : Math.max(0, Duration.between(written, at).toMillis() / 1000.0);
    }
}
