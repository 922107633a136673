package dk.medhearing.board;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the board reads from the engine about a hearing the user may see (checked before): its open tasks, process
 * instances and the reminders sent. Read as the system, so the board is complete for every viewer; which task a user
 * may open is decided by {@link #mayWork}.
 */
@Component
class EngineLookups {

    static final String HEARING_PROCESS = "HearingProcess";
    static final String COMMITTEE_PROCESS = "CommitteeResponseProcess";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;

    EngineLookups(TaskService tasks, RuntimeService runtime, HistoryService history, IdentityService identity) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
    }

    /** A user task that is open now, with the committee whose task it is (HovedMED's after the CenterMEDs' part). */
    record OpenTask(String id, String name, String taskKey, java.util.Date due, String committee,
                    String processInstanceId, Set<String> candidateGroups, String assignee) {
    }

    List<OpenTask> openTasks(String reference) {
        return asSystem(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference).initializeFormKeys()
                .orderByDueDate().asc().list().stream().map(this::open).toList());
    }

    private OpenTask open(Task t) {
        Object committee = runtime.getVariable(t.getExecutionId(), "committee");
        Set<String> groups = tasks.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
        return new OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getDueDate(),
                committee == null ? null : committee.toString(), t.getProcessInstanceId(), groups, t.getAssignee());
    }

    /** Whether the user could open the task in Tasklist: an admin, its assignee or in one of its candidate groups. */
    static boolean mayWork(OpenTask task, String userId, List<String> groups, boolean camundaAdmin) {
        return camundaAdmin || userId.equals(task.assignee()) || task.candidateGroups().stream().anyMatch(groups::contains);
    }

    /** The running (or last) HearingProcess instance's id. */
    String hearingInstance(String reference) {
        return asSystem(() -> history.createHistoricProcessInstanceQuery().processDefinitionKey(HEARING_PROCESS)
                .processInstanceBusinessKey(reference).list().stream().map(HistoricProcessInstance::getId).findFirst()
                .orElse(null));
    }

    /** Each committee's CommitteeResponseProcess instance id. */
    Map<String, String> committeeInstances(String reference) {
        return asSystem(() -> {
            List<String> ids = history.createHistoricProcessInstanceQuery().processDefinitionKey(COMMITTEE_PROCESS)
                    .processInstanceBusinessKey(reference).list().stream().map(HistoricProcessInstance::getId).toList();
            Map<String, String> byCommittee = new HashMap<>();
            if (ids.isEmpty()) {
                return byCommittee;
            }
            for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(ids.toArray(String[]::new)).variableName("committee").list()) {
                if (v.getValue() != null && v.getActivityInstanceId() != null
                        && v.getActivityInstanceId().equals(v.getProcessInstanceId())) {
                    byCommittee.put(v.getValue().toString(), v.getProcessInstanceId());
                } else if (v.getValue() != null) {
                    byCommittee.putIfAbsent(v.getValue().toString(), v.getProcessInstanceId());
                }
            }
            return byCommittee;
        });
    }

    /** Whether the given reminder activity (Task_SendFirstReminder, ...) completed in the instance. */
    boolean completed(String processInstanceId, String activityId) {
        return processInstanceId != null && asSystem(() -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).activityId(activityId).finished().count() > 0);
    }

    boolean running(String processInstanceId) {
        return processInstanceId != null && asSystem(() -> runtime.createProcessInstanceQuery()
                .processInstanceId(processInstanceId).count() > 0);
    }

    private <T> T asSystem(Supplier<T> query) {
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }

}
