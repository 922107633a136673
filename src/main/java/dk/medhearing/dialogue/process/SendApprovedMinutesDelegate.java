package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.mails.DialogueNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendApprovedMinutes: the approved minutes as PDF to every participant. Async, idempotent per recipient. */
@Component
class SendApprovedMinutesDelegate implements JavaDelegate {

    private final DialogueNotifications notifications;

    public SendApprovedMinutesDelegate(DialogueNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.approvedMinutes(execution.getProcessBusinessKey());
    }
}
