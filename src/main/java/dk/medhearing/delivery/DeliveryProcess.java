package dk.medhearing.delivery;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A delivery's own process instance ({@code processes/CaseFileDeliveryProcess.bpmn}): started with the row, in the
 * same transaction, with the case's reference as business key and the row's id as {@value #DELIVERY_ID}; it waits in
 * {@value #WAITING} until the case file is delivered, so a delivery that fails after the process of its case has
 * ended still has a running execution for its incident in Cockpit. Every call but {@link #start} runs as the system
 * in its own short engine transaction (no outside I/O inside).
 */
@Component
class DeliveryProcess {

    static final String PROCESS = "CaseFileDeliveryProcess";
    static final String WAITING = "Task_DeliverCaseFile";
    static final String MESSAGE = "CaseFileDelivered";
    static final String DELIVERY_ID = "caseFileDeliveryId";
    private static final Logger log = LoggerFactory.getLogger(DeliveryProcess.class);

    private final RuntimeService runtime;
    private final IdentityService identity;

    DeliveryProcess(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** Starts the row's instance in the caller's transaction (the engine's, from the end event's listener). */
    void start(String businessKey, String rowId) {
        runtime.startProcessInstanceByKey(
                PROCESS, businessKey, Variables.createVariables().putValue(DELIVERY_ID, rowId));
    }

    /**
     * The row's case file was delivered: its instance ends. Returns the ended instance's id, empty for a row without
     * one (written before the delivery process existed, or already ended).
     */
    Optional<String> delivered(String rowId) {
        return asSystem(() -> runtime
                .createMessageCorrelation(MESSAGE)
                .processInstanceVariableEquals(DELIVERY_ID, rowId)
                .correlateAllWithResult()
                .stream()
                .map(MessageCorrelationResult::getExecution)
                .filter(Objects::nonNull)
                .map(Execution::getProcessInstanceId)
                .findFirst()
                .or(() -> {
                    log.debug("No waiting delivery process for the case-file delivery {}", rowId);
                    return Optional.empty();
                }));
    }

    /** The row ids of every delivery process still waiting (one variable query). */
    List<String> waitingRowIds() {
        return asSystem(() -> runtime.createVariableInstanceQuery().variableName(DELIVERY_ID).list().stream()
                .map(variable -> String.valueOf(variable.getValue()))
                .toList());
    }

    /** The execution waiting for the row's delivery, if its instance runs. */
    Optional<String> waitingExecution(String rowId) {
        return asSystem(() -> runtime
                .createExecutionQuery()
                .processDefinitionKey(PROCESS)
                .activityId(WAITING)
                .processVariableValueEquals(DELIVERY_ID, rowId)
                .list()
                .stream()
                .map(Execution::getId)
                .findFirst());
    }

    /** Runs the engine call without the current user's authorizations (the caller was checked), then gives them back. */
    <T> T asSystem(Supplier<T> call) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return call.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
