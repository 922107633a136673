package dk.medhearing.notification;

import dk.medhearing.response.CommitteeResponseVariables;
import dk.medhearing.response.ResponseKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendMeetingUpdate: the moved meeting's invitation to each committee member, the same calendar entry in its
 * next version ({@link CommitteeResponseVariables#MEETING_SEQUENCE}, set by the move). Async with a retry cycle;
 * idempotent per move and recipient.
 */
@Component
class SendMeetingUpdateDelegate implements JavaDelegate {

    private final HearingNotifications notifications;

    SendMeetingUpdateDelegate(HearingNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object sequence = execution.getVariable(CommitteeResponseVariables.MEETING_SEQUENCE);
        if (!(sequence instanceof Integer n) || n < 1) {
            throw new IllegalStateException("No meeting move recorded in " + execution.getProcessBusinessKey());
        }
        ResponseKey key = ResponseKey.of(execution);
        notifications.meetingInvitation(key.reference(), key.committee(), n);
    }
}
