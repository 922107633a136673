package dk.medhearing.delivery;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * History cleanup made safe: the process definitions keep their history for a long time after the process ends (the
 * grace period, their {@code historyTimeToLive}); once a case's case file was delivered, its process's history, with
 * the called committee processes and the delivery's own process, is set to be removed {@code history-retention} after the delivery (a batch of the
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

    /**
     * After the row's case file was delivered at {@code deliveredAt}, with its delivery process ({@code
     * deliveryInstance}, ended by then); never fails the delivery.
     */
    void afterDelivery(DeliveryRow row, OffsetDateTime deliveredAt, Optional<String> deliveryInstance) {
        List<String> ended = new ArrayList<>();
        deliveryInstance.ifPresent(ended::add);
        try {
            if (row.processInstanceId() != null) {
                HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                        .processInstanceId(row.processInstanceId())
                        .singleResult();
                // one not ended yet gets its removal time when it ends (end + time to live)
                if (instance != null && instance.getEndTime() != null) {
                    ended.add(row.processInstanceId());
                }
            }
            if (ended.isEmpty()) {
                return;
            }
            Date removal = Date.from(removalTime(deliveredAt).toInstant());
            history.setRemovalTimeToHistoricProcessInstances()
                    .absoluteRemovalTime(removal)
                    .byIds(ended.toArray(String[]::new))
                    .hierarchical()
                    .executeAsync();
            log.info("History of {} ({}) to be removed at {}", row.businessKey(), ended, removal);
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
