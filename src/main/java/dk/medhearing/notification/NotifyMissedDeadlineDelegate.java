package dk.medhearing.notification;

import dk.medhearing.response.ResponseKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyMissedDeadline: tells HovedMED's secretary that a committee missed the deadline. Async with a retry cycle; idempotent per recipient. */
@Component
class NotifyMissedDeadlineDelegate implements JavaDelegate {

    private final HearingNotifications notifications;

    NotifyMissedDeadlineDelegate(HearingNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.missedDeadline(
                ResponseKey.of(execution).reference(), ResponseKey.of(execution).committee());
    }
}
