package dk.medhearing.notification;

import dk.medhearing.kit.ActivityProperties;
import dk.medhearing.response.ResponseKey;
import dk.medhearing.schedule.ReminderSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendFirstReminder and Task_SendFinalReminder (extension property {@code reminder}: FIRST or FINAL): a
 * reminder to the chair, vice-chair, TR and AMR of a committee that has not submitted. Runs in its timer's job, which
 * has the retry cycle; idempotent.
 */
@Component
class SendReminderDelegate implements JavaDelegate {

    /** The tasks' extension property: which reminder. */
    static final String REMINDER = "reminder";

    private final HearingNotifications notifications;

    SendReminderDelegate(HearingNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReminderSchedule.Reminder which =
                ReminderSchedule.Reminder.valueOf(ActivityProperties.require(execution, REMINDER));
        notifications.reminder(
                ResponseKey.of(execution).reference(), ResponseKey.of(execution).committee(), which);
    }
}
