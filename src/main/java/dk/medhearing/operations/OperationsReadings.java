package dk.medhearing.operations;

import dk.medhearing.delivery.CaseFileDeliveries;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.Overdue;
import dk.medhearing.mail.OutboxRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.function.Supplier;

/**
 * Reads the numbers behind the business metrics, at most once per {@code medhearing.metrics.refresh}: our own
 * records through their owners (hearings, the mail outbox, the case-file deliveries) and the engine's counts. The engine's queries run
 * without the scraping user's authorizations, so every node reports the whole installation, whoever scrapes.
 */
@Component
class OperationsReadings {

    private final HearingRepository hearings;
    private final OutboxRepository outbox;
    private final CaseFileDeliveries caseFiles;
    private final ProcessEngine engine;
    private final EngineClock clock;
    private final long refreshNanos;
    private OperationsSnapshot last;
    private long lastNanos;

    OperationsReadings(
            HearingRepository hearings,
            OutboxRepository outbox,
            CaseFileDeliveries caseFiles,
            ProcessEngine engine,
            EngineClock clock,
            MetricsProperties properties) {
        this.hearings = hearings;
        this.outbox = outbox;
        this.caseFiles = caseFiles;
        this.engine = engine;
        this.clock = clock;
        this.refreshNanos = properties.refresh().toNanos();
    }

    synchronized OperationsSnapshot current() {
        long now = System.nanoTime();
        if (last == null || now - lastNanos >= refreshNanos) {
            last = read();
            lastNanos = System.nanoTime();
        }
        return last;
    }

    private OperationsSnapshot read() {
        OffsetDateTime now = clock.now();
        Date nowDate = Date.from(now.toInstant());
        return asEngine(() -> new OperationsSnapshot(
                now,
                hearings.countByPhase(),
                overdueTasks(nowDate),
                engine.getTaskService().createTaskQuery().active().count(),
                rootIncidents(),
                engine.getManagementService().createJobQuery().executable().count(),
                engine.getManagementService().createJobQuery().noRetriesLeft().count(),
                outbox.statistics(),
                caseFiles.statistics()));
    }

    /** Open tasks past their due date, by {@link Overdue}'s rule (two counts, whatever the number of tasks). */
    private long overdueTasks(Date now) {
        long pastDue = engine.getTaskService()
                .createTaskQuery()
                .active()
                .dueBefore(now)
                .count();
        long optional = engine.getTaskService()
                .createTaskQuery()
                .active()
                .dueBefore(now)
                .taskDefinitionKeyIn(Overdue.OPTIONAL_UNTIL_DUE.toArray(String[]::new))
                .count();
        return pastDue - optional;
    }

    /**
     * Open incidents by their cause: an incident in a committee's instance is also recorded on the hearing's instance
     * that called it; an operator has one thing to fix.
     */
    private long rootIncidents() {
        return engine.getRuntimeService().createIncidentQuery().list().stream()
                .filter(incident -> incident.getId().equals(incident.getRootCauseIncidentId()))
                .count();
    }

    /** Runs the reading as the engine itself (no authorization checks), then gives the request its user back. */
    private <T> T asEngine(Supplier<T> reading) {
        IdentityService identity = engine.getIdentityService();
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return reading.get();
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }
}
