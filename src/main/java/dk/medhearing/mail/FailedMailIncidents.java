package dk.medhearing.mail;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes a FAILED mail visible in Cockpit: an incident of type {@value #TYPE} in the process instance that wrote it
 * (while that instance runs, on the activity it waits in), with the outbox row's id as its configuration. Retrying
 * the mail resolves it.
 */
@Component
class FailedMailIncidents {

    static final String TYPE = "mailDelivery";
    private static final Logger log = LoggerFactory.getLogger(FailedMailIncidents.class);

    private final RuntimeService runtime;
    private final IdentityService identity;

    FailedMailIncidents(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** {@code error} is the outbox row's {@code last_error} (at most 2,000 characters). */
    void raise(OutboxMail mail, String error) {
        if (mail.processInstanceId() == null) {
            return;
        }
        try {
            // null when the instance has ended
            String execution = waitingExecution(runtime.getActivityInstance(mail.processInstanceId()));
            if (execution == null) {
                return;
            }
            runtime.createIncident(
                    TYPE,
                    execution,
                    mail.id(),
                    "Mail " + mail.kind() + " til " + mail.recipient() + " kunne ikke sendes efter " + mail.attempts()
                            + " forsøg. Send den igen under Mail på statussiden (/status/mail). Fejl: " + error);
        } catch (RuntimeException e) {
            log.warn("No incident for failed mail {}: {}", mail.id(), e.getMessage());
        }
    }

    /** An execution in an activity (an incident must sit on one): the first leaf of the activity instance tree. */
    private static String waitingExecution(ActivityInstance instance) {
        if (instance == null) {
            return null;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            String found = waitingExecution(child);
            if (found != null) {
                return found;
            }
        }
        boolean isProcess = instance.getParentActivityInstanceId() == null;
        return !isProcess && instance.getExecutionIds().length > 0 ? instance.getExecutionIds()[0] : null;
    }

    /**
     * Resolves the mail's incident as the system: the caller was checked to be an administrator, and not every
     * administrator holds an engine grant on the process instance.
     */
    void resolve(String outboxId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            for (Incident incident : runtime.createIncidentQuery()
                    .incidentType(TYPE)
                    .configuration(outboxId)
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
