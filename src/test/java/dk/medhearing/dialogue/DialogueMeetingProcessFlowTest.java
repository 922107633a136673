package dk.medhearing.dialogue;

import dk.medhearing.support.flow.FlowEngine;
import dk.medhearing.support.flow.StubDialogueFollowUps;
import dk.medhearing.support.flow.StubDialogueFollowUps.FollowUp;
import dk.medhearing.support.flow.StubMinutesDecisions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static dk.medhearing.support.flow.FlowEngine.executeDueJobs;
import static dk.medhearing.support.flow.FlowEngine.fireTimer;
import static dk.medhearing.support.flow.FlowEngine.inDays;
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
 * DialogueMeetingProcess on its own, fast: the BPMN on an in-memory engine with every delegate, listener and rule
 * bean mocked ({@link DialogueMeetingProcessTest} runs the whole app). One method per path: no follow-ups, minutes
 * sent back, a follow-up closed with and without a revised status note, the follow-up's reminder and its deadline.
 */
@Deployment(resources = "processes/DialogueMeetingProcess.bpmn")
class DialogueMeetingProcessFlowTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = FlowEngine.extension("dialogue-meeting");

    private static final String REFERENCE = "DM-2026-001";
    private static final String HOST_GROUP = "dialog-jobcenter";

    private final JavaDelegate registerMeeting = mock(JavaDelegate.class);
    private final JavaDelegate sendInvitation = mock(JavaDelegate.class);
    private final JavaDelegate registerApprovedMinutes = mock(JavaDelegate.class);
    private final JavaDelegate sendApprovedMinutes = mock(JavaDelegate.class);
    private final JavaDelegate sendFollowUpReminder = mock(JavaDelegate.class);
    private final JavaDelegate markFollowUpOverdue = mock(JavaDelegate.class);
    private final JavaDelegate sendOverdueNotice = mock(JavaDelegate.class);
    private final JavaDelegate closeMeeting = mock(JavaDelegate.class);
    private final TaskListener agendaListener = mock(TaskListener.class);
    private final TaskListener statusNoteListener = mock(TaskListener.class);
    private final TaskListener minutesListener = mock(TaskListener.class);
    private final TaskListener minutesApprovalListener = mock(TaskListener.class);
    private final TaskListener closeFollowUpListener = mock(TaskListener.class);
    private final StubMinutesDecisions minutesDecisions = new StubMinutesDecisions();
    private final StubDialogueFollowUps followUps = new StubDialogueFollowUps();
    private final List<String> agreedFollowUps = new ArrayList<>();

    private ProcessEngine engine;
    private Date meetingAt;

    @BeforeEach
    void setUp() throws Exception {
        engine = FlowEngine.open(extension);
        Mocks.register("dialogueMinutes", minutesDecisions);
        Mocks.register("dialogueFollowUps", followUps);
        Mocks.register("registerMeetingDelegate", registerMeeting);
        Mocks.register("sendDialogueInvitationDelegate", sendInvitation);
        Mocks.register("registerApprovedMinutesDelegate", registerApprovedMinutes);
        Mocks.register("sendApprovedMinutesDelegate", sendApprovedMinutes);
        Mocks.register("sendFollowUpReminderDelegate", sendFollowUpReminder);
        Mocks.register("markFollowUpOverdueDelegate", markFollowUpOverdue);
        Mocks.register("sendOverdueNoticeDelegate", sendOverdueNotice);
        Mocks.register("closeMeetingDelegate", closeMeeting);
        Mocks.register("agendaTaskListener", agendaListener);
        Mocks.register("statusNoteTaskListener", statusNoteListener);
        Mocks.register("dialogueMinutesTaskListener", minutesListener);
        Mocks.register("minutesApprovalTaskListener", minutesApprovalListener);
        Mocks.register("closeFollowUpTaskListener", closeFollowUpListener);
        // approved minutes name their follow-ups, by number, as the multi-instance collection
        doAnswer(call -> {
                    call.<DelegateExecution>getArgument(0)
                            .setVariable("followUps", FlowEngine.jsonList(agreedFollowUps.toArray(String[]::new)));
                    return null;
                })
                .when(registerApprovedMinutes)
                .execute(any());
        meetingAt = inDays(7);
    }

    @AfterEach
    void tearDown() {
        FlowEngine.reset();
    }

    @AfterAll
    static void closeEngine() {
        FlowEngine.close(extension);
    }

    /** A meeting of the jobcenter (host) and the region as the register delegate leaves it. */
    private ProcessInstance startMeeting() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "DialogueMeetingProcess",
                        REFERENCE,
                        Variables.createVariables()
                                .putValue("reference", REFERENCE)
                                .putValue("title", "Dialogmøde om indsatser")
                                .putValue("meetingAt", meetingAt)
                                .putValue("hostGroup", HOST_GROUP)
                                .putValue("parties", FlowEngine.jsonList("jobcenter", "region")));
    }

    /** Agenda, status note, invitation, the meeting held, minutes recorded. */
    private void holdMeeting(ProcessInstance meeting) {
        complete(task("Task_DraftAgenda", meeting));
        complete(task("Task_WriteStatusNote", meeting));
        executeDueJobs(engine);
        fireTimer(engine, "Event_MeetingHeld");
        complete(task("Task_RecordMinutes", meeting));
    }

    /** Both parties answer; {@code sentBack} is what the approval listener concluded from their answers. */
    private void approveMinutes(boolean sentBack) {
        minutesDecisions.sendBack(sentBack);
        taskQuery().taskDefinitionKey("Task_ApproveMinutes").list().forEach(task -> complete(task));
        executeDueJobs(engine);
    }

    private void agree(String number, boolean revisesStatusNote) {
        agreedFollowUps.add(number);
        Date due = inDays(30);
        followUps.agree(
                number, new FollowUp("Opfølgning " + number, "dialog-region", due, inDays(25), due, revisesStatusNote));
    }

    @Test
    void shouldCloseTheMeetingWhenNoFollowUpsAreAgreed() throws Exception {
        // given a meeting agreed between the jobcenter and the region
        ProcessInstance meeting = startMeeting();
        assertThat(meeting)
                .hasPassed("Task_RegisterMeeting")
                .isWaitingAt("Task_DraftAgenda")
                .task()
                .hasCandidateGroup(HOST_GROUP)
                .hasDueDate(meetingAt);

        // when the host drafts the agenda and the status note, and the invitation goes out
        complete(task("Task_DraftAgenda", meeting));
        assertThat(meeting).isWaitingAt("Task_WriteStatusNote").task().hasCandidateGroup(HOST_GROUP);
        complete(task("Task_WriteStatusNote", meeting));
        executeDueJobs(engine);

        // then the process waits for the meeting to be held
        assertThat(meeting).hasPassed("Task_SendInvitation").isWaitingAt("Event_MeetingHeld");
        assertThat(job(engine, "Event_MeetingHeld").getDuedate()).isEqualTo(meetingAt);
        verify(sendInvitation).execute(any());

        // when the meeting has been held and the host records the minutes
        fireTimer(engine, "Event_MeetingHeld");
        assertThat(meeting).isWaitingAt("Task_RecordMinutes").task().hasCandidateGroup(HOST_GROUP);
        complete(task("Task_RecordMinutes", meeting));

        // then each party approves the minutes in a task of its own
        assertThat(taskQuery()
                        .taskDefinitionKey("Task_ApproveMinutes")
                        .taskCandidateGroup("dialog-jobcenter")
                        .count())
                .isOne();
        assertThat(taskQuery()
                        .taskDefinitionKey("Task_ApproveMinutes")
                        .taskCandidateGroup("dialog-region")
                        .count())
                .isOne();

        // when both approve and no follow-up was agreed
        approveMinutes(false);

        // then the approved minutes are registered and sent, and the meeting is closed
        assertThat(meeting)
                .isEnded()
                .hasPassedInOrder(
                        "Task_RegisterApprovedMinutes",
                        "Task_SendApprovedMinutes",
                        "Gateway_HasFollowUps",
                        "Task_CloseMeeting",
                        "EndEvent_MeetingClosed")
                .hasNotPassed("SubProcess_FollowUp");
        verify(registerMeeting).execute(any());
        verify(registerApprovedMinutes).execute(any());
        verify(sendApprovedMinutes).execute(any());
        verify(closeMeeting).execute(any());
        verify(agendaListener, times(2)).notify(any());
        verify(statusNoteListener, times(2)).notify(any());
        verify(minutesListener, times(2)).notify(any());
        verify(minutesApprovalListener, times(4)).notify(any());
    }

    @Test
    void shouldReturnTheMinutesToTheHostWhenAPartySendsThemBack() throws Exception {
        // given minutes before both parties
        ProcessInstance meeting = startMeeting();
        holdMeeting(meeting);

        // when a party sends them back
        approveMinutes(true);

        // then the host records them again, and nothing is registered or sent
        assertThat(meeting)
                .isWaitingAt("Task_RecordMinutes")
                .hasPassed("Gateway_MinutesApproved")
                .hasNotPassed("Task_RegisterApprovedMinutes");
        verify(sendApprovedMinutes, never()).execute(any());

        // when the corrected minutes are approved by both
        complete(task("Task_RecordMinutes", meeting));
        approveMinutes(false);

        // then the meeting closes
        assertThat(meeting).isEnded().hasPassed("EndEvent_MeetingClosed");
        verify(minutesListener, times(4)).notify(any());
        verify(minutesApprovalListener, times(8)).notify(any());
    }

    @Test
    void shouldCloseTheMeetingWhenEveryFollowUpIsClosed() throws Exception {
        // given approved minutes with two follow-ups that need no new status note
        agree("1", false);
        agree("2", false);
        ProcessInstance meeting = startMeeting();
        holdMeeting(meeting);
        approveMinutes(false);

        // then each follow-up waits for its responsible party, due when agreed
        List<Task> open = taskQuery().taskDefinitionKey("Task_CloseFollowUp").list();
        assertThat(open).hasSize(2).allSatisfy(task -> {
            assertThat(task).hasCandidateGroup("dialog-region");
            assertThat(task.getDueDate()).isEqualTo(followUps.due(REFERENCE, "1"));
        });
        assertThat(meeting).hasPassed("Gateway_HasFollowUps").isWaitingAt("Task_CloseFollowUp");

        // when the first is closed, the meeting is still open
        complete(open.get(0));
        executeDueJobs(engine);
        assertThat(meeting).isNotEnded().hasPassed("EndEvent_FollowUpClosed");

        // when the second is closed too
        complete(open.get(1));
        executeDueJobs(engine);

        // then the meeting closes, with no status note revised
        assertThat(meeting).isEnded().hasPassed("Task_CloseMeeting").hasNotPassed("Task_ReviseStatusNote");
        verify(closeFollowUpListener, times(4)).notify(any());
    }

    @Test
    void shouldAskTheHostForARevisedStatusNoteWhenAFollowUpSaysSo() throws Exception {
        // given approved minutes with a follow-up that changes the status note
        agree("1", true);
        ProcessInstance meeting = startMeeting();
        holdMeeting(meeting);
        approveMinutes(false);

        // when the follow-up is closed
        complete(task("Task_CloseFollowUp", meeting));

        // then the host revises the status note before the meeting closes
        assertThat(meeting).isWaitingAt("Task_ReviseStatusNote").task().hasCandidateGroup(HOST_GROUP);
        complete(task("Task_ReviseStatusNote", meeting));
        executeDueJobs(engine);
        assertThat(meeting)
                .isEnded()
                .hasPassedInOrder("Task_ReviseStatusNote", "EndEvent_StatusNoteRevised", "Task_CloseMeeting")
                .hasNotPassed("EndEvent_FollowUpClosed");
    }

    @Test
    void shouldRemindTheResponsiblePartyBeforeTheFollowUpIsDue() throws Exception {
        // given an open follow-up
        agree("1", false);
        ProcessInstance meeting = startMeeting();
        holdMeeting(meeting);
        approveMinutes(false);
        assertThat(job(engine, "BoundaryEvent_FollowUpReminder").getDuedate())
                .isEqualTo(followUps.reminderAt(REFERENCE, "1"));

        // when its reminder is due
        fireTimer(engine, "BoundaryEvent_FollowUpReminder");
        executeDueJobs(engine);

        // then the reminder is sent and the follow-up stays open
        assertThat(meeting)
                .hasPassed("Task_SendFollowUpReminder", "EndEvent_FollowUpReminderSent")
                .isWaitingAt("Task_CloseFollowUp")
                .hasNotPassed("Task_MarkFollowUpOverdue");
        verify(sendFollowUpReminder).execute(any());
    }

    @Test
    void shouldMarkTheFollowUpOverdueAndSendANoticeWhenItsDeadlinePasses() throws Exception {
        // given an open follow-up whose reminder has been sent
        agree("1", false);
        ProcessInstance meeting = startMeeting();
        holdMeeting(meeting);
        approveMinutes(false);
        fireTimer(engine, "BoundaryEvent_FollowUpReminder");
        executeDueJobs(engine);

        // when its deadline passes
        fireTimer(engine, "BoundaryEvent_FollowUpOverdue");
        executeDueJobs(engine);

        // then it is marked overdue and a notice goes out, and it can still be closed
        assertThat(meeting)
                .hasPassedInOrder("Task_MarkFollowUpOverdue", "Task_SendOverdueNotice", "EndEvent_OverdueNoticeSent")
                .isWaitingAt("Task_CloseFollowUp");
        verify(markFollowUpOverdue).execute(any());
        verify(sendOverdueNotice).execute(any());
        complete(task("Task_CloseFollowUp", meeting));
        executeDueJobs(engine);
        assertThat(meeting).isEnded();
    }
}
