package dk.medhearing.delivery;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the end events "Høringssvar indsendt til udvalget" (HearingProcess) and "Dialogmøde afsluttet"
 * (DialogueMeetingProcess): the case's case file is to be delivered, written in the step's own transaction, with the
 * delivery's own process instance ({@code CaseFileDeliveryProcess}) that waits for it.
 */
@Component("caseFileDeliveryListener")
class CaseFileDeliveryListener implements ExecutionListener {

    static final String DIALOGUE_PROCESS = "DialogueMeetingProcess";

    private final CaseFileDeliveries deliveries;

    CaseFileDeliveryListener(CaseFileDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String definition = execution.getProcessDefinitionId();
        CaseFileKind kind = definition != null && definition.startsWith(DIALOGUE_PROCESS + ":")
                ? CaseFileKind.DIALOGUE
                : CaseFileKind.HEARING;
        deliveries.enqueue(kind, execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }
}
