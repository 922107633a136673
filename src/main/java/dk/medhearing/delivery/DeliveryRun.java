package dk.medhearing.delivery;

import dk.medhearing.casefile.CaseFile;
import dk.medhearing.casefile.CaseFileService;
import dk.medhearing.kit.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Delivers the due case files one at a time, outside any database transaction: claim a row (one statement,
 * committed), build its case file at the first attempt and keep it in the row, deliver it with no connection held,
 * mark it DELIVERED, then end its delivery process (a short engine transaction of its own). A failed attempt is tried
 * again after the backoff; after {@code max-attempts} the row is FAILED (an incident on its delivery process in
 * Cockpit, a row on {@code /status/sagsmapper}). A crash between the delivery and the mark repeats that one
 * delivery, with the same bytes and the same {@code Idempotency-Key}, once the claim expired.
 */
@Service
public class DeliveryRun {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRun.class);
    private static final int BATCH = 20;

    private final DeliveryRepository repository;
    private final CaseFileService caseFiles;
    private final FailedDeliveryIncidents incidents;
    private final DeliveryProcess process;
    private final HistoryRemoval historyRemoval;
    private final DeliveryProperties properties;
    private final EngineClock clock;
    private final Destination configured;

    DeliveryRun(
            DeliveryRepository repository,
            CaseFileService caseFiles,
            FailedDeliveryIncidents incidents,
            DeliveryProcess process,
            HistoryRemoval historyRemoval,
            DeliveryProperties properties,
            EngineClock clock) {
        this.repository = repository;
        this.caseFiles = caseFiles;
        this.incidents = incidents;
        this.process = process;
        this.historyRemoval = historyRemoval;
        this.properties = properties;
        this.clock = clock;
        this.configured = Destination.of(properties);
    }

    /** Delivers every due case file to the configured destination; returns the attempts made. */
    public int deliverAllDue() {
        return deliverAllDue(configured, () -> true);
    }

    Destination configured() {
        return configured;
    }

    int deliverAllDue(Destination destination, BooleanSupplier goOn) {
        if (!destination.enabled()) {
            return 0;
        }
        int attempts = 0;
        while (goOn.getAsBoolean()) {
            OffsetDateTime now = clock.now();
            List<String> due = repository.due(now, BATCH);
            if (due.isEmpty()) {
                break;
            }
            int claimed = 0;
            for (String id : due) {
                if (!goOn.getAsBoolean()) {
                    break;
                }
                OffsetDateTime at = clock.now();
                var row = repository.claim(id, properties.nodeId(), at, at.plus(properties.claimTimeout()));
                if (row.isPresent()) {
                    claimed++;
                    attempts++;
                    deliver(row.get(), destination);
                }
            }
            if (claimed == 0) {
                break; // another node took them
            }
        }
        return attempts;
    }

    /**
     * A node stopped hard between a delivery's mark and the end of its delivery process leaves that process waiting
     * (and Cockpit showing a case file as undelivered): the first poll after a start ends the processes whose row is
     * DELIVERED, as the delivery would have. Returns how many were ended.
     */
    int endProcessesOfDelivered() {
        int ended = 0;
        for (String rowId : process.waitingRowIds()) {
            Optional<DeliveryRow> row = repository.find(rowId);
            if (row.isPresent() && DeliveryRepository.DELIVERED.equals(row.get().state())) {
                log.info(
                        "Case file of {} was delivered before the node stopped: its delivery process ends",
                        row.get().businessKey());
                afterDelivery(row.get(), row.get().deliveredAt());
                ended++;
            }
        }
        return ended;
    }

    private void deliver(DeliveryRow row, Destination destination) {
        OffsetDateTime deliveredAt;
        try {
            CaseFile file = repository.content(row.id()).orElseGet(() -> build(row));
            String where = destination.deliver(row, file);
            deliveredAt = clock.now();
            repository.markDelivered(row.id(), properties.nodeId(), where, deliveredAt);
            log.info(
                    "Case file of {} delivered to {} (attempt {}, SHA-256 {})",
                    row.businessKey(),
                    where,
                    row.attempts(),
                    file.sha256());
        } catch (Exception e) {
            failed(row, e);
            return;
        }
        afterDelivery(row, deliveredAt);
    }

    /** Its delivery process ends and the case's history is set to be removed; neither fails the delivery. */
    private void afterDelivery(DeliveryRow row, OffsetDateTime deliveredAt) {
        Optional<String> deliveryInstance = Optional.empty();
        try {
            deliveryInstance = process.delivered(row.id());
        } catch (RuntimeException e) {
            log.warn("The delivery process of {} did not end: {}", row.businessKey(), e.toString());
        }
        historyRemoval.afterDelivery(row, deliveredAt, deliveryInstance);
    }

    private CaseFile build(DeliveryRow row) {
        CaseFile file = row.kind() == CaseFileKind.HEARING
                ? caseFiles.hearingCaseFile(row.businessKey())
                : caseFiles.dialogueCaseFile(row.businessKey());
        repository.storeContent(row.id(), properties.nodeId(), file);
        return file;
    }

    private void failed(DeliveryRow row, Exception e) {
        String error = describe(e);
        boolean givenUp = row.attempts() >= properties.maxAttempts();
        OffsetDateTime next = clock.now().plus(properties.backoffAfter(row.attempts()));
        repository.markAttemptFailed(row.id(), properties.nodeId(), error, givenUp, next);
        if (givenUp) {
            log.error("Case file of {} NOT delivered after {} attempts: {}", row.businessKey(), row.attempts(), error);
            incidents.raise(row, error);
        } else {
            log.warn(
                    "Case file of {} not delivered (attempt {} of {}), next attempt at {}: {}",
                    row.businessKey(),
                    row.attempts(),
                    properties.maxAttempts(),
                    next,
                    error);
        }
    }

    static String describe(Throwable e) {
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
