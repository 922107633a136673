package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.mails.DialogueNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendInvitation: the invitation with agenda, status note and .ics to every participant. Async, idempotent. */
@Component
class SendDialogueInvitationDelegate implements JavaDelegate {

    private final DialogueNotifications notifications;

    public SendDialogueInvitationDelegate(DialogueNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.invitation(execution.getProcessBusinessKey());
    }
}
