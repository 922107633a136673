package dk.medhearing.notification;

import dk.medhearing.response.ResponseKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendMeetingInvitation: an .ics invitation to the extraordinary meeting for each committee member. Async with a retry cycle; idempotent per recipient. */
@Component
class SendMeetingInvitationDelegate implements JavaDelegate {

    private final HearingNotifications notifications;

    SendMeetingInvitationDelegate(HearingNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.meetingScheduled(
                ResponseKey.of(execution).reference(), ResponseKey.of(execution).committee());
    }
}
