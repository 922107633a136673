package dk.medhearing.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendConsolidatedResponse: the stored PDF to the political committee's secretariat. Async, retried, idempotent. */
@Component
class SendConsolidatedResponseDelegate implements JavaDelegate {

    private final ConsolidatedResponseMail mail;

    SendConsolidatedResponseDelegate(ConsolidatedResponseMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.send(execution.getProcessBusinessKey());
    }
}
