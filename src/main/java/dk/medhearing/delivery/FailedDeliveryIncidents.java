package dk.medhearing.delivery;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/**
 * A FAILED case-file delivery as an incident of type {@value #TYPE} in Cockpit, with the row's id as its
 * configuration, while the process instance that wrote it still runs (an engine incident needs a running execution;
 * a hearing's process has usually ended by then, and its failed delivery is shown on {@code /status/sagsmapper} and
 * the board). Delivering it again resolves the incident.
 */
@Component
class FailedDeliveryIncidents {

    static final String TYPE = "caseFileDelivery";
    private static final Logger log = LoggerFactory.getLogger(FailedDeliveryIncidents.class);

    private final RuntimeService runtime;
    private final IdentityService identity;

    FailedDeliveryIncidents(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** Whether an incident was raised. */
    boolean raise(DeliveryRow row, String error) {
        if (row.processInstanceId() == null) {
            return false;
        }
        try {
            Optional<String> execution = leafExecution(runtime.getActivityInstance(row.processInstanceId()));
            execution.ifPresent(id -> runtime.createIncident(
                    TYPE,
                    id,
                    row.id(),
                    "Sagsmappen for " + row.businessKey()
                            + " kunne ikke leveres til sagssystemet efter " + row.attempts()
                            + " forsøg. Lever den igen under "
                            + "Sagsmapper på statussiden (/status/sagsmapper). Fejl: " + error));
            return execution.isPresent();
        } catch (RuntimeException e) {
            log.warn("No incident for the failed case-file delivery {}: {}", row.id(), e.getMessage());
            return false;
        }
    }

    /** An execution waiting in an activity (not the process instance itself); empty when the instance has ended. */
    private static Optional<String> leafExecution(ActivityInstance instance) {
        if (instance == null) {
            return Optional.empty();
        }
        return Arrays.stream(instance.getChildActivityInstances())
                .map(child -> leafExecution(child)
                        .or(() -> Arrays.stream(child.getExecutionIds()).findFirst()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Resolves the row's incident as the system: the caller was checked to be an administrator. */
    void resolve(String rowId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            for (Incident incident : runtime.createIncidentQuery()
                    .incidentType(TYPE)
                    .configuration(rowId)
                    .list()) {
                runtime.resolveIncident(incident.getId());
            }
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
