package dk.medhearing.response;

import dk.medhearing.kit.ActivityProperties;
import dk.medhearing.support.flow.FlowEngine;
import dk.medhearing.support.flow.StubHearingSchedule;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static dk.medhearing.support.flow.FlowEngine.executeDueJobs;
import static dk.medhearing.support.flow.FlowEngine.fireTimer;
import static dk.medhearing.support.flow.FlowEngine.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * CommitteeResponseProcess on its own, fast: the BPMN on an in-memory engine with every delegate and listener mocked
 * (what they do has tests of its own, and {@link CommitteeResponseProcessTest} runs the whole app). One method per
 * path: joint approval, send-back, a moved meeting, both reminders, the deadline.
 */
@Deployment(resources = "processes/CommitteeResponseProcess.bpmn")
class CommitteeResponseProcessFlowTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = FlowEngine.extension("committee-response");

    private static final String COMMITTEE = "amc";
    private static final String REFERENCE = "H-2026-001";

    private final JavaDelegate sendMeetingInvitation = mock(JavaDelegate.class);
    private final JavaDelegate sendMeetingUpdate = mock(JavaDelegate.class);
    private final JavaDelegate submitResponse = mock(JavaDelegate.class);
    private final JavaDelegate sendReceipt = mock(JavaDelegate.class);
    private final JavaDelegate sendReminder = mock(JavaDelegate.class);
    private final JavaDelegate recordMissingResponse = mock(JavaDelegate.class);
    private final JavaDelegate notifyMissedDeadline = mock(JavaDelegate.class);
    private final TaskListener workWaiting = mock(TaskListener.class);
    private final TaskListener scheduleMeetingListener = mock(TaskListener.class);
    private final TaskListener minutesListener = mock(TaskListener.class);
    private final TaskListener draftResponseListener = mock(TaskListener.class);
    private final TaskListener approvalListener = mock(TaskListener.class);
    private final ExecutionListener responseSentBack = mock(ExecutionListener.class);
    private final List<String> remindersSent = new ArrayList<>();
    private final CommitteeMeetingTimes committeeMeeting = mock(CommitteeMeetingTimes.class);

    private ProcessEngine engine;
    private Date deadline;

    @BeforeEach
    void setUp() throws Exception {
        engine = FlowEngine.open(extension);
        Mocks.register("hearingSchedule", new StubHearingSchedule());
        Mocks.register("committeeMeeting", committeeMeeting);
        Mocks.register("sendMeetingInvitationDelegate", sendMeetingInvitation);
        Mocks.register("sendMeetingUpdateDelegate", sendMeetingUpdate);
        Mocks.register("submitResponseDelegate", submitResponse);
        Mocks.register("sendReceiptDelegate", sendReceipt);
        Mocks.register("sendReminderDelegate", sendReminder);
        Mocks.register("recordMissingResponseDelegate", recordMissingResponse);
        Mocks.register("notifyMissedDeadlineDelegate", notifyMissedDeadline);
        Mocks.register("workWaitingTaskListener", workWaiting);
        Mocks.register("scheduleMeetingTaskListener", scheduleMeetingListener);
        Mocks.register("minutesTaskListener", minutesListener);
        Mocks.register("draftResponseTaskListener", draftResponseListener);
        Mocks.register("chairApprovalTaskListener", approvalListener);
        Mocks.register("viceChairApprovalTaskListener", approvalListener);
        Mocks.register("responseSentBackListener", responseSentBack);
        doAnswer(call -> remindersSent.add(
                        ActivityProperties.require(call.<DelegateExecution>getArgument(0), "reminder")))
                .when(sendReminder)
                .execute(any());
        deadline = FlowEngine.inDays(10);
        when(committeeMeeting.startsAt(any())).thenReturn(FlowEngine.inDays(5));
    }

    @AfterEach
    void tearDown() {
        FlowEngine.reset();
    }

    @AfterAll
    static void closeEngine() {
        FlowEngine.close(extension);
    }

    /** What the hearing's call activity passes in. */
    private ProcessInstance requestResponse() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "CommitteeResponseProcess",
                        REFERENCE,
                        Map.of(
                                "reference",
                                REFERENCE,
                                "committee",
                                COMMITTEE,
                                "committeeName",
                                "CenterMED Arbejdsmarked",
                                "title",
                                "Ny mødestruktur",
                                "responseDeadline",
                                deadline,
                                "responseDeadlineText",
                                "torsdag den 10. december 2026 kl. 12.00 (8 arbejdsdage)"));
    }

    private void prepareDraft(ProcessInstance committee) {
        complete(task("Task_ScheduleMeeting", committee));
        executeDueJobs(engine);
        complete(task("Task_RecordMinutes", committee));
    }

    /** What the approval listener records from each approver's decision. */
    private void decide(ProcessInstance committee, boolean chair, boolean viceChair) {
        complete(task("Task_ApproveResponseAsChair", committee), Map.of("chairApproved", chair));
        complete(task("Task_ApproveResponseAsViceChair", committee), Map.of("viceChairApproved", viceChair));
        executeDueJobs(engine);
    }

    @Test
    void shouldSubmitTheResponseWhenChairAndViceChairApprove() throws Exception {
        // given a committee asked for its response
        ProcessInstance committee = requestResponse();
        assertThat(committee)
                .isWaitingAt("Task_ScheduleMeeting")
                .task()
                .hasCandidateGroup("amc-chair")
                .hasCandidateGroup("amc-secretary")
                .hasDueDate(new StubHearingSchedule().schedulingDue(deadline));

        // when it calls the meeting, records the minutes, drafts and both approve
        complete(task("Task_ScheduleMeeting", committee));
        assertThat(committee).isWaitingAt("Task_SendMeetingInvitation");
        executeDueJobs(engine);
        assertThat(committee)
                .isWaitingAt("Task_RecordMinutes")
                .task("Task_RecordMinutes")
                .hasCandidateGroup("amc-secretary")
                .hasDueDate(deadline);
        complete(task("Task_RecordMinutes", committee));
        assertThat(committee)
                .isWaitingAt("Task_DraftResponse")
                .task()
                .hasCandidateGroup("amc-secretary")
                .hasCandidateGroup("amc-chair");
        complete(task("Task_DraftResponse", committee));
        assertThat(committee).isWaitingAt("Task_ApproveResponseAsChair", "Task_ApproveResponseAsViceChair");
        assertThat(task("Task_ApproveResponseAsChair", committee)).hasCandidateGroup("amc-chair");
        assertThat(task("Task_ApproveResponseAsViceChair", committee)).hasCandidateGroup("amc-vice-chair");
        decide(committee, true, true);

        // then the response is submitted and the receipt sent, and no reminder or deadline fires any more
        assertThat(committee)
                .isEnded()
                .hasPassedInOrder(
                        "Task_SubmitResponse",
                        "EndEvent_PreparationDone",
                        "Task_SendReceipt",
                        "EndEvent_ResponseSubmitted")
                .hasNotPassed("Task_RecordMissingResponse");
        verify(sendMeetingInvitation).execute(any());
        verify(submitResponse).execute(any());
        verify(sendReceipt).execute(any());
        // the call (created, completed) and the offer to move the meeting (created, ended by the minutes)
        verify(scheduleMeetingListener, times(3)).notify(any());
        verify(sendMeetingUpdate, never()).execute(any());
        verify(minutesListener, times(2)).notify(any());
        verify(draftResponseListener, times(2)).notify(any());
        verify(approvalListener, times(4)).notify(any());
        verify(responseSentBack, never()).notify(any());
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
        verify(sendReminder, never()).execute(any());
    }

    @Test
    void shouldSendAnUpdatedInvitationEachTimeTheMeetingIsMovedUntilTheMinutesAreRecorded() throws Exception {
        // given a committee whose meeting is called: the minutes wait, and the meeting may be moved meanwhile
        ProcessInstance committee = requestResponse();
        complete(task("Task_ScheduleMeeting", committee));
        executeDueJobs(engine);
        assertThat(committee).isWaitingAt("Task_RecordMinutes", "Task_MoveMeeting");
        assertThat(task("Task_MoveMeeting", committee))
                .hasCandidateGroup("amc-chair")
                .hasCandidateGroup("amc-secretary");

        // when the chair moves it twice
        complete(task("Task_MoveMeeting", committee));
        assertThat(committee).isWaitingAt("Task_SendMeetingUpdate", "Task_RecordMinutes");
        executeDueJobs(engine);
        complete(task("Task_MoveMeeting", committee));
        executeDueJobs(engine);

        // then each move sends the updated invitation once, and both the minutes and a further move stay open
        verify(sendMeetingUpdate, times(2)).execute(any());
        verify(sendMeetingInvitation, times(1)).execute(any());
        assertThat(committee).hasPassed("Task_SendMeetingUpdate").isWaitingAt("Task_RecordMinutes", "Task_MoveMeeting");

        // when the minutes are recorded
        complete(task("Task_RecordMinutes", committee));

        // then the meeting can no longer be moved and the committee drafts its response
        assertThat(committee).hasPassed("EndEvent_MinutesRecorded").isWaitingAt("Task_DraftResponse");
        assertNoOfferToMove(committee);
        assertThat(taskQuery().processInstanceId(committee.getId()).count()).isEqualTo(1);
    }

    @Test
    void shouldGiveTheOfferToMoveTheMeetingTheMeetingsStartAsItsDueDate() throws Exception {
        // given a called meeting
        ProcessInstance committee = requestResponse();
        complete(task("Task_ScheduleMeeting", committee));
        executeDueJobs(engine);

        // then moving it is due by its start, so it sorts with the other tasks by deadline
        assertThat(task("Task_MoveMeeting", committee)).hasDueDate(FlowEngine.inDays(5));
    }

    @Test
    void shouldEndTheOfferToMoveTheMeetingWhenTheMeetingBeginsAndKeepTheMinutesOpen() throws Exception {
        // given a called meeting that begins in five days
        ProcessInstance committee = requestResponse();
        complete(task("Task_ScheduleMeeting", committee));
        executeDueJobs(engine);
        Job begins = FlowEngine.job(engine, "BoundaryEvent_MeetingBegins");
        assertThat(begins.getDuedate()).isEqualTo(FlowEngine.inDays(5));

        // when the meeting begins
        engine.getManagementService().executeJob(begins.getId());

        // then the offer to move it is gone, no update is sent, and the minutes still wait
        assertThat(committee).hasPassed("EndEvent_MeetingBegun").isWaitingAt("Task_RecordMinutes");
        assertNoOfferToMove(committee);
        verify(sendMeetingUpdate, never()).execute(any());

        // and when the minutes are recorded, the committee drafts its response
        complete(task("Task_RecordMinutes", committee));
        assertThat(committee).isWaitingAt("Task_DraftResponse");
    }

    /** "Flyt CenterMED-mødet" is no longer in anybody's task list. */
    private void assertNoOfferToMove(ProcessInstance committee) {
        assertThat(taskQuery()
                        .processInstanceId(committee.getId())
                        .taskDefinitionKey("Task_MoveMeeting")
                        .count())
                .isZero();
    }

    @Test
    void shouldSendTheDraftBackWhenOneApproverDeclines() throws Exception {
        // given a draft before both approvers
        ProcessInstance committee = requestResponse();
        prepareDraft(committee);
        complete(task("Task_DraftResponse", committee));

        // when the vice-chair declines
        decide(committee, true, false);

        // then the draft goes back to the secretary, and nothing is submitted
        assertThat(committee)
                .isWaitingAt("Task_DraftResponse")
                .hasPassed("Gateway_ResponseApproved")
                .hasNotPassed("Task_SubmitResponse");
        verify(submitResponse, never()).execute(any());

        // when the revised draft is approved by both
        complete(task("Task_DraftResponse", committee));
        decide(committee, true, true);

        // then it is submitted once
        assertThat(committee).isEnded().hasPassed("EndEvent_ResponseSubmitted");
        verify(submitResponse).execute(any());
        verify(draftResponseListener, times(4)).notify(any());
        verify(responseSentBack).notify(any());
        // and the drafting task (twice) and both approval tasks (twice) told those whose work they became
        verify(workWaiting, times(6)).notify(any());
    }

    @Test
    void shouldSendTheFirstReminderAndKeepWorking() throws Exception {
        // given a committee that has not answered
        ProcessInstance committee = requestResponse();
        assertThat(job(engine, "BoundaryEvent_FirstReminder").getDuedate())
                .isEqualTo(new StubHearingSchedule().firstReminder(deadline));

        // when the first reminder is due
        fireTimer(engine, "BoundaryEvent_FirstReminder");
        executeDueJobs(engine);

        // then the first reminder is sent and the committee can still schedule its meeting
        assertThat(remindersSent).containsExactly("FIRST");
        assertThat(committee)
                .hasPassed("Task_SendFirstReminder", "EndEvent_FirstReminderSent")
                .isWaitingAt("Task_ScheduleMeeting");
    }

    @Test
    void shouldRetryTheReminderTimerWithTheMailRetryCycleWhenTheReminderFails() throws Exception {
        // given a committee that has not answered, and a reminder step that fails
        ProcessInstance committee = requestResponse();
        doThrow(new IllegalStateException("the hearing cannot be read"))
                .when(sendReminder)
                .execute(any());
        Job due = job(engine, "BoundaryEvent_FirstReminder");

        // when the first reminder is due
        assertThatThrownBy(() -> fireTimer(engine, "BoundaryEvent_FirstReminder"))
                .hasMessageContaining("the hearing cannot be read");

        // then the reminder runs in the timer's own job (no second job), which is kept for the retry cycle's next
        // attempt in five minutes, and the committee keeps working
        Job retried = engine.getManagementService()
                .createJobQuery()
                .jobId(due.getId())
                .singleResult();
        assertThat(retried.getRetries()).isEqualTo(2);
        assertThat(retried.getDuedate())
                .isEqualTo(Date.from(due.getDuedate().toInstant().plusSeconds(300)));
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .activityId("Task_SendFirstReminder")
                        .count())
                .isZero();
        assertThat(committee).isWaitingAt("Task_ScheduleMeeting");
    }

    @Test
    void shouldSendTheFinalReminderAndKeepWorking() throws Exception {
        // given a committee that has drafted but not decided
        ProcessInstance committee = requestResponse();
        prepareDraft(committee);
        assertThat(job(engine, "BoundaryEvent_FinalReminder").getDuedate())
                .isEqualTo(new StubHearingSchedule().finalReminder(deadline));

        // when the final reminder is due (the first one fired before it)
        fireTimer(engine, "BoundaryEvent_FirstReminder");
        fireTimer(engine, "BoundaryEvent_FinalReminder");
        executeDueJobs(engine);

        // then both reminders are sent, the last one as the final one, and the draft is still open
        assertThat(remindersSent).containsExactlyInAnyOrder("FIRST", "FINAL");
        assertThat(committee)
                .hasPassed("Task_SendFinalReminder", "EndEvent_FinalReminderSent")
                .isWaitingAt("Task_DraftResponse");
    }

    @Test
    void shouldRecordAMissingResponseWhenTheDeadlinePasses() throws Exception {
        // given a committee that never got past its minutes
        ProcessInstance committee = requestResponse();
        complete(task("Task_ScheduleMeeting", committee));
        executeDueJobs(engine);
        assertThat(job(engine, "BoundaryEvent_DeadlinePassed").getDuedate()).isEqualTo(deadline);

        // when the deadline passes
        fireTimer(engine, "BoundaryEvent_DeadlinePassed");
        executeDueJobs(engine);

        // then the work stops, the response is recorded as missing and HovedMED's secretary is told
        assertThat(committee)
                .isEnded()
                .hasPassedInOrder(
                        "Task_RecordMissingResponse", "Task_NotifyMissedDeadline", "EndEvent_NoResponseByDeadline")
                .hasNotPassed("Task_SubmitResponse", "Task_SendReceipt");
        assertThat(taskQuery().processInstanceId(committee.getId()).count()).isZero();
        verify(recordMissingResponse).execute(any());
        verify(notifyMissedDeadline).execute(any());
        verify(sendReceipt, never()).execute(any());
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }
}
