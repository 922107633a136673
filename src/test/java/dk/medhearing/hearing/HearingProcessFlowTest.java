package dk.medhearing.hearing;

import dk.medhearing.support.flow.FlowEngine;
import dk.medhearing.support.flow.StubHearingSchedule;
import dk.medhearing.support.flow.StubHearingService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Date;
import java.util.List;
import java.util.Map;

import static dk.medhearing.support.flow.FlowEngine.executeDueJobs;
import static dk.medhearing.support.flow.FlowEngine.fireTimer;
import static dk.medhearing.support.flow.FlowEngine.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * HearingProcess on its own, fast: the BPMN on an in-memory engine with every delegate and listener mocked and
 * CommitteeResponseProcess replaced by a one-task stand-in under the same key ({@link HearingProcessTest} and
 * {@code EmbargoProcessTest} run the whole app). One method per path: published at once, embargo ended by all
 * confirmations, embargo ended by its timer, HovedMED's send-back.
 */
@Deployment(resources = {"processes/HearingProcess.bpmn", "flow/CommitteeResponseProcessStub.bpmn"})
class HearingProcessFlowTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = FlowEngine.extension("hearing", "CommitteeResponseProcess");

    private static final String REFERENCE = "H-2026-002";
    private static final String MAIN_COMMITTEE = "hmu";
    private static final String ADMINISTRATION = "administration";

    private final JavaDelegate registerHearing = mock(JavaDelegate.class);
    private final JavaDelegate sendEmbargoMaterial = mock(JavaDelegate.class);
    private final JavaDelegate publishHearing = mock(JavaDelegate.class);
    private final JavaDelegate notifyCommittees = mock(JavaDelegate.class);
    private final JavaDelegate collectResponseOverview = mock(JavaDelegate.class);
    private final JavaDelegate storeConsolidatedDocument = mock(JavaDelegate.class);
    private final JavaDelegate sendConsolidatedResponse = mock(JavaDelegate.class);
    private final TaskListener confirmStaffBriefedListener = mock(TaskListener.class);
    private final TaskListener minutesListener = mock(TaskListener.class);
    private final TaskListener draftResponseListener = mock(TaskListener.class);
    private final TaskListener approvalListener = mock(TaskListener.class);
    private final TaskListener submitToPoliticalCommitteeListener = mock(TaskListener.class);
    private final ExecutionListener responseSentBack = mock(ExecutionListener.class);
    private final ExecutionListener awaitingSubmission = mock(ExecutionListener.class);
    private final TaskListener workWaiting = mock(TaskListener.class);
    private final JavaDelegate sendTaskReminder = mock(JavaDelegate.class);

    private ProcessEngine engine;
    private Date deadline;

    @BeforeEach
    void setUp() throws Exception {
        engine = FlowEngine.open(extension);
        Mocks.register("hearingSchedule", new StubHearingSchedule());
        Mocks.register("hearingService", new StubHearingService());
        Mocks.register("registerHearingDelegate", registerHearing);
        Mocks.register("sendEmbargoMaterialDelegate", sendEmbargoMaterial);
        Mocks.register("publishHearingDelegate", publishHearing);
        Mocks.register("notifyCommitteesDelegate", notifyCommittees);
        Mocks.register("collectResponseOverviewDelegate", collectResponseOverview);
        Mocks.register("storeConsolidatedDocumentDelegate", storeConsolidatedDocument);
        Mocks.register("sendConsolidatedResponseDelegate", sendConsolidatedResponse);
        Mocks.register("confirmStaffBriefedTaskListener", confirmStaffBriefedListener);
        Mocks.register("mainCommitteeMinutesTaskListener", minutesListener);
        Mocks.register("mainCommitteeDraftResponseTaskListener", draftResponseListener);
        Mocks.register("chairApprovalTaskListener", approvalListener);
        Mocks.register("viceChairApprovalTaskListener", approvalListener);
        Mocks.register("submitToPoliticalCommitteeTaskListener", submitToPoliticalCommitteeListener);
        Mocks.register("mainCommitteeSentBackListener", responseSentBack);
        Mocks.register("awaitingSubmissionListener", awaitingSubmission);
        Mocks.register("workWaitingTaskListener", workWaiting);
        Mocks.register("sendTaskReminderDelegate", sendTaskReminder);
        // the overview hands the work to HovedMED: its tasks' groups are ${committee}-...
        doAnswer(call -> {
                    call.<DelegateExecution>getArgument(0).setVariable("committee", MAIN_COMMITTEE);
                    return null;
                })
                .when(collectResponseOverview)
                .execute(any());
        deadline = FlowEngine.inDays(10);
    }

    @AfterEach
    void tearDown() {
        FlowEngine.reset();
    }

    @AfterAll
    static void closeEngine() {
        FlowEngine.close(extension);
    }

    /** A hearing of AMC and JKU as the register delegate leaves it: the variables the rest of the BPMN reads. */
    private ProcessInstance startHearing(Date embargoUntil) {
        VariableMap registered = Variables.createVariables()
                .putValue("reference", REFERENCE)
                .putValue("title", "Ny mødestruktur")
                .putValue("committees", FlowEngine.jsonList("amc", "jku"))
                .putValue("deadlineAt", deadline)
                .putValue("responseDeadlineText", "torsdag den 10. december 2026 kl. 12.00 (8 arbejdsdage)")
                .putValue("mainMeetingAt", FlowEngine.inDays(12))
                .putValue("politicalMeetingAt", FlowEngine.inDays(20))
                .putValue("administration", ADMINISTRATION)
                .putValue("embargoEndsAt", embargoUntil);
        return engine.getRuntimeService().startProcessInstanceByKey("HearingProcess", REFERENCE, registered);
    }

    private List<ProcessInstance> committeeInstances(ProcessInstance hearing) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(hearing.getId())
                .list();
    }

    /** Every consulted committee answers (the stand-in child ends), and HovedMED records its minutes. */
    private void collectResponses(ProcessInstance hearing) {
        executeDueJobs(engine);
        for (ProcessInstance committee : committeeInstances(hearing)) {
            complete(task("Task_CommitteeResponds", committee));
        }
        executeDueJobs(engine);
        complete(task("Task_RecordMainCommitteeMinutes", hearing));
    }

    /** What the approval listener records from each approver's decision. */
    private void decide(ProcessInstance hearing, boolean chair, boolean viceChair) {
        complete(task("Task_ApproveConsolidatedAsChair", hearing), Map.of("chairApproved", chair));
        complete(task("Task_ApproveConsolidatedAsViceChair", hearing), Map.of("viceChairApproved", viceChair));
        executeDueJobs(engine);
    }

    @Test
    void shouldPublishAtOnceAndSubmitTheConsolidatedResponse() throws Exception {
        // given a hearing without embargo
        ProcessInstance hearing = startHearing(null);

        // then it is published at once: the committees get the material, each in a response process of its own
        assertThat(hearing)
                .hasPassed("Task_RegisterHearing", "Gateway_Embargo", "Gateway_JoinPublication")
                .hasNotPassed("Task_SendEmbargoMaterial", "Task_PublishHearing")
                .isWaitingAt("Task_NotifyCommittees");
        executeDueJobs(engine);
        assertThat(hearing).isWaitingAt("CallActivity_CollectCommitteeResponses");
        List<ProcessInstance> committees = committeeInstances(hearing);
        assertThat(committees).hasSize(2).allSatisfy(committee -> {
            assertThat(committee.getBusinessKey()).isEqualTo(REFERENCE);
            assertThat(committee)
                    .hasVariables(
                            "reference",
                            "committee",
                            "committeeName",
                            "title",
                            "responseDeadline",
                            "responseDeadlineText");
        });
        assertThat(committees)
                .extracting(c -> engine.getRuntimeService().getVariable(c.getId(), "committeeName"))
                .containsExactlyInAnyOrder("CenterMED AMC", "CenterMED JKU");

        // when both committees have answered
        for (ProcessInstance committee : committees) {
            complete(task("Task_CommitteeResponds", committee));
        }
        executeDueJobs(engine);

        // then HovedMED's secretary records the minutes, drafts, and chair and vice-chair approve
        assertThat(hearing)
                .hasPassed("Task_CollectResponseOverview")
                .isWaitingAt("Task_RecordMainCommitteeMinutes")
                .task()
                .hasCandidateGroup("hmu-secretary");
        complete(task("Task_RecordMainCommitteeMinutes", hearing));
        assertThat(hearing).isWaitingAt("Task_DraftConsolidatedResponse").task().hasCandidateGroup("hmu-secretary");
        complete(task("Task_DraftConsolidatedResponse", hearing));
        assertThat(task("Task_ApproveConsolidatedAsChair", hearing)).hasCandidateGroup("hmu-chair");
        assertThat(task("Task_ApproveConsolidatedAsViceChair", hearing)).hasCandidateGroup("hmu-vice-chair");
        decide(hearing, true, true);

        // when the administration submits it to the political committee
        assertThat(hearing)
                .hasPassed("Task_StoreConsolidatedDocument")
                .isWaitingAt("Task_SubmitToPoliticalCommittee")
                .task()
                .hasCandidateGroup(ADMINISTRATION);
        complete(task("Task_SubmitToPoliticalCommittee", hearing));
        executeDueJobs(engine);

        // then the response is sent and the hearing ends
        assertThat(hearing).isEnded().hasPassedInOrder("Task_SendConsolidatedResponse", "EndEvent_HearingSubmitted");
        verify(registerHearing).execute(any());
        verify(notifyCommittees).execute(any());
        verify(collectResponseOverview).execute(any());
        verify(storeConsolidatedDocument).execute(any());
        verify(sendConsolidatedResponse).execute(any());
        verify(sendEmbargoMaterial, never()).execute(any());
        verify(minutesListener, times(2)).notify(any());
        verify(draftResponseListener, times(2)).notify(any());
        verify(approvalListener, times(4)).notify(any());
        verify(submitToPoliticalCommitteeListener, times(2)).notify(any());
        verify(awaitingSubmission).notify(any());
        verify(responseSentBack, never()).notify(any());
    }

    @Test
    void shouldPublishAnEmbargoedHearingWhenEveryCentreManagerHasConfirmed() throws Exception {
        // given an embargoed hearing: the material goes to the management side first
        Date embargoUntil = FlowEngine.inDays(2);
        ProcessInstance hearing = startHearing(embargoUntil);
        assertThat(hearing).isWaitingAt("Task_SendEmbargoMaterial");
        executeDueJobs(engine);
        verify(sendEmbargoMaterial).execute(any());
        List<Task> confirmations =
                taskQuery().taskDefinitionKey("Task_ConfirmStaffBriefed").list();
        assertThat(confirmations).hasSize(2);
        assertThat(taskQuery()
                        .taskDefinitionKey("Task_ConfirmStaffBriefed")
                        .taskCandidateGroup("amc-chair")
                        .singleResult())
                .isNotNull();
        assertThat(taskQuery()
                        .taskDefinitionKey("Task_ConfirmStaffBriefed")
                        .taskCandidateGroup("jku-chair")
                        .singleResult())
                .isNotNull();
        assertThat(confirmations)
                .allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(embargoUntil));
        assertThat(job(engine, "BoundaryEvent_EmbargoEnds").getDuedate()).isEqualTo(embargoUntil);
        verify(publishHearing, never()).execute(any());

        // when both centre managers confirm before the embargo ends
        confirmations.forEach(task -> complete(task));
        executeDueJobs(engine);

        // then the hearing is published to all and the committees get to work; the embargo timer is gone
        assertThat(hearing)
                .hasPassedInOrder("EndEvent_StaffBriefed", "Task_PublishHearing", "Task_NotifyCommittees")
                .hasNotPassed("BoundaryEvent_EmbargoEnds")
                .isWaitingAt("CallActivity_CollectCommitteeResponses");
        verify(publishHearing).execute(any());
        verify(confirmStaffBriefedListener, times(4)).notify(any());
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .activityId("BoundaryEvent_EmbargoEnds")
                        .count())
                .isZero();
        assertThat(committeeInstances(hearing)).hasSize(2);
    }

    @Test
    void shouldPublishAnEmbargoedHearingWhenTheEmbargoEndsFirst() throws Exception {
        // given an embargoed hearing where only AMC's centre manager has confirmed
        ProcessInstance hearing = startHearing(FlowEngine.inDays(2));
        executeDueJobs(engine);
        complete(taskQuery()
                .taskDefinitionKey("Task_ConfirmStaffBriefed")
                .taskCandidateGroup("amc-chair")
                .singleResult());
        executeDueJobs(engine);
        assertThat(hearing).isWaitingAt("Task_ConfirmStaffBriefed");

        // when the embargo ends
        fireTimer(engine, "BoundaryEvent_EmbargoEnds");

        // then the hearing is published without JKU's confirmation, which is no longer asked for
        assertThat(hearing)
                .hasPassed("BoundaryEvent_EmbargoEnds", "Task_PublishHearing")
                .hasNotPassed("EndEvent_StaffBriefed")
                .isWaitingAt("Task_NotifyCommittees");
        assertThat(taskQuery().taskDefinitionKey("Task_ConfirmStaffBriefed").count())
                .isZero();
        verify(publishHearing).execute(any());
        executeDueJobs(engine);
        assertThat(committeeInstances(hearing)).hasSize(2);
    }

    @Test
    void shouldSendTheConsolidatedDraftBackWhenOneApproverDeclines() throws Exception {
        // given HovedMED's consolidated draft before both approvers
        ProcessInstance hearing = startHearing(null);
        collectResponses(hearing);
        complete(task("Task_DraftConsolidatedResponse", hearing));

        // when the chair declines
        decide(hearing, false, true);

        // then the draft goes back to HovedMED's secretary and nothing is stored
        assertThat(hearing)
                .isWaitingAt("Task_DraftConsolidatedResponse")
                .hasPassed("Gateway_ConsolidatedApproved")
                .hasNotPassed("Task_StoreConsolidatedDocument");
        verify(storeConsolidatedDocument, never()).execute(any());

        // when the revised draft is approved by both
        complete(task("Task_DraftConsolidatedResponse", hearing));
        decide(hearing, true, true);

        // then it is stored once and goes to the administration
        assertThat(hearing).isWaitingAt("Task_SubmitToPoliticalCommittee");
        verify(storeConsolidatedDocument).execute(any());
        verify(draftResponseListener, times(4)).notify(any());
    }

    @Test
    void shouldTellHovedMedAndTheAdministrationAndRemindThemBeforeEachTasksDueDate() throws Exception {
        // given a hearing whose committees have answered: HovedMED's secretary is told, and the minutes' reminder waits
        ProcessInstance hearing = startHearing(null);
        executeDueJobs(engine);
        for (ProcessInstance committee : committeeInstances(hearing)) {
            complete(task("Task_CommitteeResponds", committee));
        }
        executeDueJobs(engine);
        verify(workWaiting).notify(any());
        Date mainMeeting = task("Task_RecordMainCommitteeMinutes", hearing).getDueDate();
        assertThat(job(engine, "BoundaryEvent_RemindMainMinutes").getDuedate())
                .isEqualTo(new StubHearingSchedule().taskReminder(mainMeeting));
        assertThat(job(engine, "BoundaryEvent_RemindMainMinutes").getRetries()).isEqualTo(3);

        // when each of HovedMED's tasks reaches its reminder before it is done
        fireTimer(engine, "BoundaryEvent_RemindMainMinutes");
        assertThat(hearing).isWaitingAt("Task_RecordMainCommitteeMinutes");
        complete(task("Task_RecordMainCommitteeMinutes", hearing));
        fireTimer(engine, "BoundaryEvent_RemindConsolidatedDraft");
        complete(task("Task_DraftConsolidatedResponse", hearing));
        fireTimer(engine, "BoundaryEvent_RemindMainChairApproval");
        fireTimer(engine, "BoundaryEvent_RemindMainViceChairApproval");
        decide(hearing, true, true);

        // and the administration's submission, created when its reminder time had come, fires it at once (the
        // reminder service skips a task created after its reminder's time) and still waits
        assertThat(hearing).hasPassed("BoundaryEvent_RemindSubmission").isWaitingAt("Task_SubmitToPoliticalCommittee");
        complete(task("Task_SubmitToPoliticalCommittee", hearing));
        executeDueJobs(engine);

        // then each reminder was sent while its task went on, and every task that became someone's work told them
        assertThat(hearing)
                .isEnded()
                .hasPassed(
                        "BoundaryEvent_RemindMainMinutes",
                        "BoundaryEvent_RemindConsolidatedDraft",
                        "BoundaryEvent_RemindMainChairApproval",
                        "BoundaryEvent_RemindMainViceChairApproval",
                        "BoundaryEvent_RemindSubmission",
                        "Task_SendTaskReminder",
                        "EndEvent_TaskReminderSent",
                        "EndEvent_HearingSubmitted");
        verify(sendTaskReminder, times(5)).execute(any());
        verify(workWaiting, times(5)).notify(any());
    }

    @Test
    void shouldDropATasksReminderWhenTheTaskIsDoneFirst() throws Exception {
        // given HovedMED's minutes task with its reminder timer
        ProcessInstance hearing = startHearing(null);
        collectResponses(hearing);

        // then the minutes' reminder is gone with the task, and the draft's waits
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .activityId("BoundaryEvent_RemindMainMinutes")
                        .count())
                .isZero();
        assertThat(job(engine, "BoundaryEvent_RemindConsolidatedDraft")).isNotNull();
        verify(sendTaskReminder, never()).execute(any());
    }
}
