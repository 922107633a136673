package dk.medhearing.support;

import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Role;
import dk.medhearing.hearing.HearingInput;
import dk.medhearing.hearing.HearingService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/** Drives hearings through the engine as the real users would: the right user completes each task. */
public class HearingDriver {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Test hearings have a 10-day window, which may be under the 10-working-day minimum. */
    public static final String JUSTIFICATION = "Kort frist af hensyn til budgetprocessen.";

    private final HearingService hearingService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final FormService formService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final HistoryService historyService;
    private final Organisation organisation;
    private final OutboxDrain outbox;
    /** The first meeting scheduled in each hearing, which the hearing's other committees share while it lies ahead. */
    private final Map<String, OffsetDateTime> firstMeetings = new ConcurrentHashMap<>();

    public HearingDriver(
            ProcessEngine engine, HearingService hearingService, Organisation organisation, OutboxDrain outbox) {
        this.outbox = outbox;
        this.hearingService = hearingService;
        this.organisation = organisation;
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.formService = engine.getFormService();
        this.managementService = engine.getManagementService();
        this.identityService = engine.getIdentityService();
        this.historyService = engine.getHistoryService();
    }

    public static String newReference() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A valid hearing: deadline in 10 days, HovedMED a week later (a deadline on a day off moves up to five days on), the committee a week after that. */
    public static HearingInput input(String reference, List<String> committees) {
        OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
        return new HearingInput(
                reference,
                "Omlægning af beskæftigelsesindsatsen",
                "Forslag om omlægning",
                List.of("https://example.org/forslag.pdf"),
                committees,
                now.plusDays(10).toString(),
                new HearingInput.OrientationMeeting(now.plusDays(1).toString(), "Mødelokale 1"),
                now.plusDays(17).toString(),
                now.plusDays(24).toString(),
                JUSTIFICATION);
    }

    public ProcessInstance start(String reference, List<String> committees) {
        as("karen.holm", () -> hearingService.start(input(reference, committees), "karen.holm"));
        executeJobs(reference);
        return runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .processDefinitionKey("HearingProcess")
                .singleResult();
    }

    public ProcessInstance committeeInstance(String reference, String committee) {
        return runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .processDefinitionKey("CommitteeResponseProcess")
                .variableValueEquals("committee", committee)
                .singleResult();
    }

    public Task task(String reference, String taskKey, String candidateGroup) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey)
                .taskCandidateGroup(candidateGroup)
                .singleResult();
    }

    /** Completes the task of {@code taskKey} that {@code user}'s groups may work on, as that user, as Tasklist does. */
    public void complete(String reference, String taskKey, String user, Map<String, Object> variables) {
        List<String> groups = groupsOf(user);
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey)
                .taskCandidateGroupIn(groups)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
        if (task == null) {
            throw new AssertionError("No task " + taskKey + " for " + user + " in " + reference);
        }
        as(user, () -> {
            taskService.claim(task.getId(), user);
            formService.submitTaskForm(task.getId(), variables);
            return null;
        });
    }

    public String person(String committee, Role role) {
        return organisation.requireUnit(committee).membersWith(role).get(0).id();
    }

    /** A CenterMED's whole path: meeting, minutes, draft ({@code null} text = no remarks), joint approval. */
    public void respond(String reference, String committee, String text, String employeeRemarks) {
        scheduleMeeting(reference, committee, person(committee, Role.CHAIR));
        recordMinutes(reference, "Task_RecordMinutes", person(committee, Role.SECRETARY));
        draft(reference, "Task_DraftResponse", person(committee, Role.SECRETARY), text, employeeRemarks);
        approveJointly(reference, committee, "Task_ApproveResponseAsChair", "Task_ApproveResponseAsViceChair");
    }

    public void approveJointly(String reference, String committee, String chairTask, String viceChairTask) {
        decide(reference, chairTask, person(committee, Role.CHAIR), true, null);
        decide(reference, viceChairTask, person(committee, Role.VICE_CHAIR), true, null);
        executeJobs(reference);
    }

    /** HovedMED's path after the CenterMEDs: minutes, consolidated draft, joint approval. */
    public void mainCommitteeResponds(String reference, String text) {
        String main = organisation.mainCommittee().id();
        recordMainCommitteeMinutes(reference);
        draft(reference, "Task_DraftConsolidatedResponse", person(main, Role.SECRETARY), text, null);
        approveJointly(reference, main, "Task_ApproveConsolidatedAsChair", "Task_ApproveConsolidatedAsViceChair");
    }

    /**
     * The hearing's committees meet in three days at 10.00-12.00; a committee scheduling after that time (the clock
     * passed it to record another's minutes) meets an hour from now, so a hearing's meetings stay before its deadline.
     */
    public void scheduleMeeting(String reference, String committee, String chair) {
        OffsetDateTime start = firstMeetings.computeIfAbsent(
                reference,
                r -> now().plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0));
        if (!start.isAfter(now())) {
            OffsetDateTime soon = now().plusHours(1).withSecond(0).withNano(0);
            start = soon.getHour() < 21
                    ? soon
                    : now().plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0);
        }
        complete(
                reference,
                "Task_ScheduleMeeting",
                chair,
                Map.of(
                        "meetingStart",
                        start.toLocalDateTime().toString(),
                        "meetingEnd",
                        start.plusHours(2).toLocalTime().toString(),
                        "meetingPlace",
                        "Mødelokalet ved Torvet"));
        executeJobs(reference);
    }

    /**
     * A meeting form for an app in its own process, whose engine clock a test cannot move: the meeting starts at
     * {@code start} (to the second) and lasts an hour, ending by midnight.
     */
    public static Map<String, Object> meetingForm(OffsetDateTime start, String place) {
        ZonedDateTime local = start.atZoneSameInstant(ZONE).withNano(0);
        LocalTime end = local.plusHours(1).toLocalDate().equals(local.toLocalDate())
                ? local.plusHours(1).toLocalTime()
                : LocalTime.of(23, 59);
        return Map.of(
                "meetingStart",
                local.toLocalDateTime().toString(),
                "meetingEnd",
                end.withSecond(0).toString(),
                "meetingPlace",
                place);
    }

    /** Waits (in real time: another process's clock) until a meeting that starts at {@code start} has begun. */
    public static void awaitMeetingBegun(OffsetDateTime start) throws InterruptedException {
        long millis = Duration.between(OffsetDateTime.now(ZONE), start).toMillis() + 1_000;
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Minutes exist only once the meeting has begun: the engine clock is moved past its start first. */
    public void recordMinutes(String reference, String taskKey, String secretary) {
        holdMeeting(reference, taskKey, secretary);
        complete(reference, taskKey, secretary, new HashMap<>());
    }

    /** HovedMED's meeting time comes from the hearing; its place is entered with the minutes. */
    public void recordMainCommitteeMinutes(String reference) {
        String secretary = person(organisation.mainCommittee().id(), Role.SECRETARY);
        holdMeeting(reference, "Task_RecordMainCommitteeMinutes", secretary);
        complete(
                reference, "Task_RecordMainCommitteeMinutes", secretary, Map.of("meetingPlace", "Rådhuset, mødesal 2"));
    }

    /**
     * Moves the engine clock a minute past the start of the meeting whose minutes {@code taskKey} records (the
     * task's prefilled meeting date and time), when it lies ahead; the clock never goes back.
     */
    public void holdMeeting(String reference, String taskKey, String secretary) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey)
                .taskCandidateGroupIn(groupsOf(secretary))
                .includeAssignedTasks()
                .list()
                .stream()
                .findFirst()
                .orElse(null); // claimed ones too: Tasklist claims before it completes
        if (task == null) {
            return; // complete() says which task is missing
        }
        Object date = taskService.getVariableLocal(task.getId(), "meetingDate");
        Object time = taskService.getVariableLocal(task.getId(), "meetingTime");
        if (date == null || time == null) {
            return;
        }
        OffsetDateTime start = LocalDate.parse(date.toString())
                .atTime(LocalTime.parse(time.toString()))
                .atZone(ZONE)
                .toOffsetDateTime();
        if (now().isBefore(start)) {
            moveClockTo(start.plusMinutes(1));
        }
    }

    public void draft(String reference, String taskKey, String secretary, String text, String employeeRemarks) {
        Map<String, Object> vars = new HashMap<>();
        if ("Task_DraftResponse".equals(taskKey)) {
            // only the CenterMEDs' form has the field; a submission may set only its form's fields
            vars.put("noRemarks", text == null);
        }
        vars.put("responseText", text);
        vars.put("employeeRemarks", employeeRemarks);
        complete(reference, taskKey, secretary, vars);
    }

    public void decide(String reference, String taskKey, String approver, boolean approve, String comment) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("decision", approve ? "approve" : "sendBack");
        vars.put("approvalComment", comment);
        complete(reference, taskKey, approver, vars);
    }

    /**
     * Does the job executor's and the mail poller's work for one hearing: runs every due job of its process
     * instances (async continuations such as mail, due timers) until none is left, then delivers the mail outbox.
     */
    public void executeJobs(String reference) {
        for (int round = 0; round < 200; round++) {
            // one at a time, earliest due first: a job may remove others (a deadline ends the reminders' timers)
            List<Job> jobs = dueJobs(reference);
            if (jobs.isEmpty()) {
                outbox.drain();
                return;
            }
            managementService.executeJob(jobs.get(0).getId());
        }
        throw new AssertionError("Jobs keep coming");
    }

    public List<Job> dueJobs(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .flatMap(pi ->
                        managementService.createJobQuery().processInstanceId(pi.getId()).executable().list().stream())
                .sorted(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    public void moveClockTo(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    }

    public List<String> visitedActivities(String processInstanceId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list().stream()
                .map(a -> a.getActivityId())
                .toList();
    }

    public List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
    }

    public <T> T as(String user, Callable<T> action) {
        identityService.setAuthentication(user, groupsOf(user));
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
