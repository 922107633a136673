package dk.medhearing.notification;

import dk.medhearing.response.ResponseKey;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * Task_SendTaskReminder, reached from the timer "Påmindelse før opgavens frist" of each of HovedMED's and the
 * administration's tasks: a reminder, with the link, to those who may work on each open task of the hearing whose
 * reminder is due. Runs in its timer's job, which has the retry cycle; idempotent per task and recipient, so the two
 * approval tasks' timers, firing together, remind each person once.
 */
@Component("sendTaskReminderDelegate")
class SendTaskReminderDelegate implements JavaDelegate {

    private final TaskNotifications notifications;

    SendTaskReminderDelegate(TaskNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        ResponseKey key = ResponseKey.of(execution);
        List<WaitingTask> open =
                tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active().list().stream()
                        .map(task -> waiting(tasks, task, key))
                        .toList();
        notifications.remind(open);
    }

    private static WaitingTask waiting(TaskService tasks, Task task, ResponseKey key) {
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .toList();
        return new WaitingTask(
                task.getId(),
                task.getName(),
                key.reference(),
                key.committee(),
                WorkWaitingTaskListener.time(task.getDueDate()),
                WorkWaitingTaskListener.time(task.getCreateTime()),
                groups);
    }
}
