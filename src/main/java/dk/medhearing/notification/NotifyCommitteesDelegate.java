package dk.medhearing.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyCommittees: the material, deadline and .ics entries to every member of each consulted committee. Async with a retry cycle; idempotent per recipient. */
@Component
class NotifyCommitteesDelegate implements JavaDelegate {

    private final HearingNotifications notifications;

    NotifyCommitteesDelegate(HearingNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.hearingOpened(execution.getProcessBusinessKey());
    }
}
