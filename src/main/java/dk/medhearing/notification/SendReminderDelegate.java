package dk.medhearing.notification;

import dk.medhearing.response.CommitteeResponseVariables;
import dk.medhearing.response.ResponseKey;
import dk.medhearing.schedule.ReminderSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendFirstReminder and Task_SendFinalReminder (input parameter {@code reminder}: FIRST or FINAL): a reminder
 * to the chair, vice-chair, TR and AMR of a committee that has not submitted. Async with a retry cycle; idempotent.
 */
@Component
class SendReminderDelegate implements JavaDelegate {

    private final HearingNotifications notifications;

    SendReminderDelegate(HearingNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReminderSchedule.Reminder which = ReminderSchedule.Reminder.valueOf((String) execution.getVariableLocal(CommitteeResponseVariables.REMINDER));
        notifications.reminder(ResponseKey.of(execution).reference(),
                ResponseKey.of(execution).committee(), which);
    }
}
