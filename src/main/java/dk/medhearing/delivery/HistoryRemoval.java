package dk.medhearing.delivery;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Date;

/**
 * History cleanup made safe: the process definitions keep their history for a long time after the process ends (the
 * grace period, their {@code historyTimeToLive}); once a case's case file was delivered, its process's history, with
 * the called committee processes, is set to be removed {@code history-retention} after the delivery (a batch of the
 * engine, run by its job executor; the nightly history cleanup then removes it). History of a case whose case file
 * was not delivered stays until the grace period ends.
 */
@Component
class HistoryRemoval {

    private static final Logger log = LoggerFactory.getLogger(HistoryRemoval.class);

    private final HistoryService history;
    private final DeliveryProperties properties;

    HistoryRemoval(HistoryService history, DeliveryProperties properties) {
        this.history = history;
        this.properties = properties;
    }

    /** After the row's case file was delivered at {@code deliveredAt}; never fails the delivery. */
    void afterDelivery(DeliveryRow row, OffsetDateTime deliveredAt) {
        if (row.processInstanceId() == null) {
            return;
        }
        try {
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(row.processInstanceId())
                    .singleResult();
            if (instance == null || instance.getEndTime() == null) {
                // not ended yet: the engine sets its removal time when it ends (end + time to live)
                return;
            }
            Date removal = Date.from(removalTime(deliveredAt).toInstant());
            history.setRemovalTimeToHistoricProcessInstances()
                    .absoluteRemovalTime(removal)
                    .byIds(row.processInstanceId())
                    .hierarchical()
                    .executeAsync();
            log.info("History of {} ({}) to be removed at {}", row.businessKey(), row.processInstanceId(), removal);
        } catch (RuntimeException e) {
            log.warn(
                    "Removal time of {}'s history not set; it stays until its time to live: {}",
                    row.businessKey(),
                    e.toString());
        }
    }

    OffsetDateTime removalTime(OffsetDateTime deliveredAt) {
        return deliveredAt.plus(properties.historyRetention());
    }
}
