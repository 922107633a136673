package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueMeeting;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.DialogueVariables;
import dk.medhearing.dialogue.mails.DialogueNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendFollowUpReminder: a reminder before the action's due date to whoever answers for it. Not sent when the
 * reminder was due before the minutes were approved (a due date only a day or two away).
 */
@Component
class SendFollowUpReminderDelegate implements JavaDelegate {

    private final DialogueNotifications notifications;
    private final DialogueFollowUps followUps;
    private final DialogueRepository meetings;

    public SendFollowUpReminderDelegate(
            DialogueNotifications notifications, DialogueFollowUps followUps, DialogueRepository meetings) {
        this.notifications = notifications;
        this.followUps = followUps;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Object number = execution.getVariable(DialogueVariables.FOLLOW_UP);
        DialogueMeeting meeting = meetings.find(reference).orElseThrow();
        if (meeting.minutesApprovedAt() != null
                && followUps
                        .reminderAt(reference, number)
                        .toInstant()
                        .isBefore(meeting.minutesApprovedAt().toInstant())) {
            return;
        }
        notifications.followUpReminder(reference, Integer.parseInt(number.toString()));
    }
}
