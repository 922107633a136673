package dk.medhearing.notification;

import dk.medhearing.kit.ActivityProperties;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.response.CommitteeResponseVariables;
import dk.medhearing.response.ResponseKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Create listener of the user tasks whose work waits for someone (extension property {@code notify}: approval-due,
 * sent-back, responses-in, submission-due): the moment the task exists, its id is known and the work is theirs, so
 * the mail with the link to it is written to the outbox in this transaction. A drafting task created because the
 * draft was sent back ({@code chairApproved} or {@code viceChairApproved} false) tells the minute-taker.
 */
@Component("workWaitingTaskListener")
class WorkWaitingTaskListener implements TaskListener {

    /** The tasks' extension property: which notice. */
    static final String NOTIFY = "notify";

    private final TaskNotifications notifications;

    WorkWaitingTaskListener(TaskNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        WorkNotice notice = WorkNotice.fromKey(ActivityProperties.require(task, NOTIFY));
        boolean sentBack = Boolean.FALSE.equals(task.getVariable(CommitteeResponseVariables.CHAIR_APPROVED))
                || Boolean.FALSE.equals(task.getVariable(CommitteeResponseVariables.VICE_CHAIR_APPROVED));
        ResponseKey key = ResponseKey.of(task);
        List<String> groups = task.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .toList();
        notifications.workWaiting(
                notice,
                new WaitingTask(
                        task.getId(),
                        task.getName(),
                        key.reference(),
                        key.committee(),
                        time(task.getDueDate()),
                        time(task.getCreateTime()),
                        groups),
                sentBack);
    }

    static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
    }
}
