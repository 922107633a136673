package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueVariables;
import dk.medhearing.dialogue.mails.DialogueNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendOverdueNotice: tells whoever answers for an overdue action. Async, idempotent per recipient. */
@Component
class SendOverdueNoticeDelegate implements JavaDelegate {

    private final DialogueNotifications notifications;

    public SendOverdueNoticeDelegate(DialogueNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.followUpOverdue(
                execution.getProcessBusinessKey(),
                Integer.parseInt(
                        execution.getVariable(DialogueVariables.FOLLOW_UP).toString()));
    }
}
