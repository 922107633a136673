package dk.medhearing.delivery;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A FAILED case-file delivery as an incident of type {@value #TYPE} in Cockpit, with the row's id as its
 * configuration, on the execution of its {@link DeliveryProcess} that waits for the delivery (the case's own process
 * has usually ended by then). The failed delivery is also shown on {@code /status/sagsmapper} and the board;
 * delivering it again from there resolves the incident.
 */
@Component
class FailedDeliveryIncidents {

    static final String TYPE = "caseFileDelivery";
    private static final Logger log = LoggerFactory.getLogger(FailedDeliveryIncidents.class);

    private final RuntimeService runtime;
    private final DeliveryProcess process;

    FailedDeliveryIncidents(RuntimeService runtime, DeliveryProcess process) {
        this.runtime = runtime;
        this.process = process;
    }

    /** Whether an incident was raised (not for a row without a waiting delivery process). */
    boolean raise(DeliveryRow row, String error) {
        try {
            Optional<String> execution = process.waitingExecution(row.id());
            execution.ifPresent(id -> process.asSystem(() -> runtime.createIncident(
                    TYPE,
                    id,
                    row.id(),
                    "Sagsmappen for " + row.businessKey()
                            + " kunne ikke leveres til sagssystemet efter " + row.attempts()
                            + " forsøg. Lever den igen under "
                            + "Sagsmapper på statussiden (/status/sagsmapper). Fejl: " + error)));
            if (execution.isEmpty()) {
                log.warn("No delivery process waits for the failed case-file delivery {}: no incident", row.id());
            }
            return execution.isPresent();
        } catch (RuntimeException e) {
            log.warn("No incident for the failed case-file delivery {}: {}", row.id(), e.getMessage());
            return false;
        }
    }

    /** Resolves the row's incident as the system: the caller was checked to be an administrator. */
    void resolve(String rowId) {
        process.asSystem(() -> {
            for (Incident incident : runtime.createIncidentQuery()
                    .incidentType(TYPE)
                    .configuration(rowId)
                    .list()) {
                runtime.resolveIncident(incident.getId());
            }
            return null;
        });
    }
}
