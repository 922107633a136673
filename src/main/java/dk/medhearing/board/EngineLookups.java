package dk.medhearing.board;

import dk.medhearing.kit.Overdue;
import dk.medhearing.kit.TaskNames;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the board reads from the engine about a hearing the user may see (checked before): its open tasks, process
 * instances and the reminders sent. Read as the system, so the board is complete for every viewer; which task a user
 * may open is decided by {@link #offeredTo}. A fixed number of queries per page, not one per task.
 */
@Component
class EngineLookups {

    static final String HEARING_PROCESS = "HearingProcess";
    static final String COMMITTEE_PROCESS = "CommitteeResponseProcess";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;
    private final ManagementService management;

    EngineLookups(
            TaskService tasks,
            RuntimeService runtime,
            HistoryService history,
            IdentityService identity,
            ManagementService management) {
        this.management = management;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
    }

    /** A user task that is open now, with the committee whose task it is (HovedMED's after the CenterMEDs' part). */
    record OpenTask(
            String id,
            String name,
            String taskKey,
            Date due,
            String committee,
            String processInstanceId,
            String assignee) {}

    /** The hearing's open tasks, earliest due first: one task query and one variable query, whatever their number. */
    List<OpenTask> openTasks(String reference) {
        return asSystem(() -> open(tasks.createTaskQuery()
                .processInstanceBusinessKey(reference)
                .orderByDueDate()
                .asc()
                .list()));
    }

    /** The open tasks of the given hearings due before {@code now}, by hearing: a fixed number of queries for the list. */
    Map<String, List<OpenTask>> overdueTasks(Collection<String> references, Date now) {
        if (references.isEmpty()) {
            return Map.of();
        }
        return this.<Map<String, List<OpenTask>>>asSystem(() -> {
            List<Task> due = tasks
                    .createTaskQuery()
                    .processInstanceBusinessKeyIn(references.toArray(String[]::new))
                    .dueBefore(now)
                    .orderByDueDate()
                    .asc()
                    .list()
                    .stream()
                    .filter(t -> Overdue.isOverdue(t.getTaskDefinitionKey(), t.getDueDate(), now.toInstant()))
                    .toList();
            if (due.isEmpty()) {
                return Map.of();
            }
            Map<String, String> referenceByInstance = runtime
                    .createProcessInstanceQuery()
                    .processInstanceIds(
                            due.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
            Map<String, List<OpenTask>> byReference = new LinkedHashMap<>();
            open(due).forEach(t -> byReference
                    .computeIfAbsent(referenceByInstance.get(t.processInstanceId()), r -> new ArrayList<>())
                    .add(t));
            return byReference;
        });
    }

    /** The ids of the hearing's open tasks offered to one of the groups (whoever holds them now). */
    Set<String> offeredTo(String reference, List<String> groups) {
        if (groups.isEmpty()) {
            return Set.of();
        }
        return asSystem(() -> tasks
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskCandidateGroupIn(groups)
                .includeAssignedTasks()
                .list()
                .stream()
                .map(Task::getId)
                .collect(Collectors.toSet()));
    }

    /** The committee of each task: the variable of its own execution (a CenterMED's instance), else its process's. */
    private List<OpenTask> open(List<Task> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        Set<String> executions = new HashSet<>();
        open.forEach(t -> {
            executions.add(t.getExecutionId());
            executions.add(t.getProcessInstanceId());
        });
        Map<String, Object> committeeByExecution = new HashMap<>();
        runtime.createVariableInstanceQuery()
                .variableName("committee")
                .executionIdIn(executions.toArray(String[]::new))
                .disableBinaryFetching()
                .list()
                .forEach(v -> committeeByExecution.put(v.getExecutionId(), v.getValue()));
        return open.stream()
                .map(t -> {
                    Object committee = committeeByExecution.containsKey(t.getExecutionId())
                            ? committeeByExecution.get(t.getExecutionId())
                            : committeeByExecution.get(t.getProcessInstanceId());
                    return new OpenTask(
                            t.getId(),
                            TaskNames.label(t.getName()),
                            t.getTaskDefinitionKey(),
                            t.getDueDate(),
                            committee == null ? null : committee.toString(),
                            t.getProcessInstanceId(),
                            t.getAssignee());
                })
                .toList();
    }

    /** The running (or last) HearingProcess instance's id. */
    String hearingInstance(String reference) {
        return asSystem(() -> history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(HEARING_PROCESS)
                .processInstanceBusinessKey(reference)
                .list()
                .stream()
                .map(HistoricProcessInstance::getId)
                .findFirst()
                .orElse(null));
    }

    /** Each committee's CommitteeResponseProcess instance id. */
    Map<String, String> committeeInstances(String reference) {
        return asSystem(() -> {
            List<String> ids = history
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey(COMMITTEE_PROCESS)
                    .processInstanceBusinessKey(reference)
                    .list()
                    .stream()
                    .map(HistoricProcessInstance::getId)
                    .toList();
            Map<String, String> byCommittee = new HashMap<>();
            if (ids.isEmpty()) {
                return byCommittee;
            }
            for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(ids.toArray(String[]::new))
                    .variableName("committee")
                    .list()) {
                if (v.getValue() != null
                        && v.getActivityInstanceId() != null
                        && v.getActivityInstanceId().equals(v.getProcessInstanceId())) {
                    byCommittee.put(v.getValue().toString(), v.getProcessInstanceId());
                } else if (v.getValue() != null) {
                    byCommittee.putIfAbsent(v.getValue().toString(), v.getProcessInstanceId());
                }
            }
            return byCommittee;
        });
    }

    /**
     * The reminder activities ({@code activityIds}) finished in the hearing's committee instances, by instance: one
     * query per HearingProcess instance of the hearing (their root), whatever the number of committees. The engine's
     * query API filters activities by one process instance only, so this is a native query on its history table.
     */
    Map<String, Set<String>> finishedActivities(String reference, List<String> activityIds) {
        return asSystem(() -> {
            Map<String, Set<String>> byInstance = new HashMap<>();
            String table = management.getTableName(HistoricActivityInstance.class);
            String ids = activityIds.stream().map(id -> "#{" + id + "}").collect(Collectors.joining(", "));
            for (HistoricProcessInstance root : history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(HEARING_PROCESS)
                    .processInstanceBusinessKey(reference)
                    .list()) {
                var query = history.createNativeHistoricActivityInstanceQuery()
                        .sql("SELECT * FROM " + table
                                + " WHERE ROOT_PROC_INST_ID_ = #{root} AND END_TIME_ IS NOT NULL AND ACT_ID_ IN (" + ids
                                + ")")
                        .parameter("root", root.getId());
                activityIds.forEach(id -> query.parameter(id, id));
                query.list().forEach(a -> byInstance
                        .computeIfAbsent(a.getProcessInstanceId(), i -> new HashSet<>())
                        .add(a.getActivityId()));
            }
            return byInstance;
        });
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
