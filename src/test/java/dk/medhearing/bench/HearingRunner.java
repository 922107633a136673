package dk.medhearing.bench;

import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Unit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Drives one hearing of eight CenterMEDs from start to submission on one engine, single-threaded, doing the job
 * executor's work itself: every task is claimed and its form submitted by a user of the task's candidate group.
 * Only the work is counted (start, claims, form submissions, job executions), not the driver's own look-ups.
 */
public final class HearingRunner {

    /** Who works on the tasks: a user per candidate group, and each user's groups. */
    public record People(Map<String, String> userOfGroup, Map<String, List<String>> groupsOfUser) {

        /** A user for every task group (the first holder of the role), and each such user's groups. */
        public static People of(Organisation organisation, IdentityService identity) {
            Map<String, String> userOfGroup = new HashMap<>();
            for (Unit unit : organisation.units()) {
                for (Role role : Organisation.TASK_ROLES) {
                    unit.membersWith(role).stream()
                            .findFirst()
                            .ifPresent(m -> userOfGroup.put(unit.roleGroupId(role), m.id()));
                }
            }
            Unit administration = organisation.administration();
            userOfGroup.put(administration.id(), administration.members().get(0).id());
            Map<String, List<String>> groupsOfUser = new HashMap<>();
            userOfGroup
                    .values()
                    .forEach(u -> groupsOfUser.put(
                            u,
                            identity.createGroupQuery().groupMember(u).list().stream()
                                    .map(Group::getId)
                                    .toList()));
            return new People(userOfGroup, groupsOfUser);
        }
    }

    private final ProcessEngine engine;
    private final SqlCounter sql;
    private final Consumer<String> starter;
    /** What the product does after the engine's work, measured with it: delivering the mail outbox. */
    private Runnable afterHearing = () -> {};
    /** What a scenario does with the open tasks of each round before they are completed (s5 measures pages). */
    private Consumer<List<Task>> beforeRound = open -> {};

    private final People people;
    /** The bare engine has no approval listener: the form then carries the flags the listener would have set. */
    private final boolean emulateApprovalListener;

    private long completions;

    /**
     * Drives the hearings {@code starter} starts (or, with a starter doing nothing, one already running) on
     * {@code engine}, counting statements with {@code sql}.
     */
    public HearingRunner(
            ProcessEngine engine,
            SqlCounter sql,
            Consumer<String> starter,
            People people,
            boolean emulateApprovalListener) {
        this.engine = engine;
        this.sql = sql;
        this.starter = starter;
        this.people = people;
        this.emulateApprovalListener = emulateApprovalListener;
    }

    /** Runs {@code action} after each hearing, timed and counted as the hearing's work. */
    HearingRunner afterEachHearing(Runnable action) {
        this.afterHearing = action;
        return this;
    }

    /** Hands {@code hook} the open tasks of each round before they are completed; not timed apart. */
    HearingRunner beforeEachRound(Consumer<List<Task>> hook) {
        this.beforeRound = hook;
        return this;
    }

    long completions() {
        return completions;
    }

    /** Runs the hearing to its end; throws if any of its process instances is still running then. */
    public void runHearing(String reference) {
        sql.count(() -> starter.accept(reference));
        TaskService tasks = engine.getTaskService();
        for (int round = 0; round < 200; round++) {
            boolean ranJobs = runJobs();
            List<Task> open = tasks.createTaskQuery()
                    .processInstanceBusinessKey(reference)
                    .list();
            if (open.isEmpty() && !ranJobs) {
                break;
            }
            beforeRound.accept(open);
            // "Flyt CenterMED-mødet" stands beside the minutes until the meeting begins: a hearing need not move it
            open.stream()
                    .filter(task -> !"Task_MoveMeeting".equals(task.getTaskDefinitionKey()))
                    .forEach(this::complete);
        }
        sql.count(afterHearing);
        // the hearing's processes; its case file's delivery process (CaseFileDeliveryProcess) waits on
        long running = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .processDefinitionKeyIn("HearingProcess", "CommitteeResponseProcess")
                .count();
        if (running != 0) {
            throw new IllegalStateException("Hearing " + reference + " did not finish: " + running + " instances left");
        }
    }

    private boolean runJobs() {
        ManagementService management = engine.getManagementService();
        boolean ran = false;
        for (int i = 0; i < 100_000; i++) { // s5's hearing of 200 committees makes a few thousand at once
            List<Job> jobs = management.createJobQuery().messages().executable().listPage(0, 1);
            if (jobs.isEmpty()) {
                return ran;
            }
            sql.count(() -> management.executeJob(jobs.get(0).getId()));
            ran = true;
        }
        throw new IllegalStateException("Jobs keep coming");
    }

    private void complete(Task task) {
        String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No candidate group on " + task.getTaskDefinitionKey()));
        String user = people.userOfGroup().get(group);
        if (user == null) {
            throw new IllegalStateException("Nobody in group " + group);
        }
        Map<String, Object> form = form(task.getTaskDefinitionKey());
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, people.groupsOfUser().getOrDefault(user, List.of(group)));
        try {
            boolean moved = holdMeeting(task);
            try {
                sql.count(() -> {
                    engine.getTaskService().claim(task.getId(), user);
                    engine.getFormService().submitTaskForm(task.getId(), form);
                });
            } finally {
                if (moved) {
                    ClockUtil.reset();
                }
            }
            completions++;
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Minutes exist only once their meeting has begun: the engine clock passes the task's prefilled meeting. */
    private boolean holdMeeting(Task task) {
        Object date = engine.getTaskService().getVariableLocal(task.getId(), "meetingDate");
        Object time = engine.getTaskService().getVariableLocal(task.getId(), "meetingTime");
        if (task.getTaskDefinitionKey().contains("Minutes") && date != null && time != null) {
            Instant start = LocalDate.parse(date.toString())
                    .atTime(LocalTime.parse(time.toString()))
                    .atZone(ZoneId.of("Europe/Copenhagen"))
                    .toInstant();
            if (start.isAfter(Instant.now())) {
                ClockUtil.setCurrentTime(Date.from(start.plusSeconds(60)));
                return true;
            }
        }
        return false;
    }

    private Map<String, Object> form(String taskKey) {
        Map<String, Object> form = new HashMap<>();
        switch (taskKey) {
            case "Task_ScheduleMeeting" -> {
                form.put(
                        "meetingStart",
                        LocalDate.now().plusDays(3).atTime(10, 0).toString());
                form.put("meetingEnd", "12:00");
                form.put("meetingPlace", "Mødelokalet ved Torvet");
            }
            case "Task_RecordMinutes" -> {}
            case "Task_RecordMainCommitteeMinutes" -> form.put("meetingPlace", "Rådhuset, mødesal 2");
            case "Task_DraftResponse" -> {
                form.put("noRemarks", false);
                form.put("responseText", "Udvalget støtter forslaget, men ønsker en tættere opfølgning.");
                form.put("employeeRemarks", null);
            }
            case "Task_DraftConsolidatedResponse" -> {
                form.put("responseText", "HovedMED støtter forslaget, men ønsker en tættere opfølgning.");
                form.put("employeeRemarks", null);
            }
            case "Task_ApproveResponseAsChair", "Task_ApproveConsolidatedAsChair" -> approve(form, "chairApproved");
            case "Task_ApproveResponseAsViceChair", "Task_ApproveConsolidatedAsViceChair" ->
                approve(form, "viceChairApproved");
            case "Task_SubmitToPoliticalCommittee" -> form.put("journalReference", "BIU-2026-17");
            default -> throw new IllegalStateException("No form data for " + taskKey);
        }
        return form;
    }

    private void approve(Map<String, Object> form, String flag) {
        form.put("decision", "approve");
        form.put("approvalComment", null);
        if (emulateApprovalListener) {
            form.put(flag, true);
        }
    }
}
