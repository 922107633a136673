package dk.medhearing.dialogue;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.DialogueDriver;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.medhearing.support.DialogueDriver.HOST;
import static dk.medhearing.support.DialogueDriver.JOBCENTER;
import static dk.medhearing.support.DialogueDriver.followUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DialogueMeetingProcessTest extends AbstractProcessTest {

    private final List<String> references = new ArrayList<>();

    @Autowired
    DialogueService service;

    @Autowired
    DialogueRepository meetings;

    private DialogueDriver dialogue;

    @BeforeEach
    void setUpDialogueDriver() {
        dialogue = new DialogueDriver(driver, service);
    }

    /** A meeting that has been held, its agenda and status note in place. */
    private String heldMeeting() {
        String ref = DialogueDriver.newReference();
        references.add(ref);
        OffsetDateTime meetingAt = dialogue.meetingAt();
        dialogue.start(ref);
        dialogue.prepare(ref);
        assertThat(instance(ref)).isWaitingAt("Event_MeetingHeld");
        dialogue.holdMeeting(ref, meetingAt);
        assertThat(instance(ref)).isWaitingAt("Task_RecordMinutes");
        return ref;
    }

    private ProcessInstance instance(String ref) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(ref)
                .processDefinitionKey(DialogueVariables.PROCESS_ID)
                .singleResult();
    }

    /** A refused form leaves the task claimed, as in Tasklist; the tests hand it back to the group. */
    private void unclaim(String ref, String taskKey) {
        engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(ref)
                .taskDefinitionKey(taskKey)
                .taskAssigned()
                .list()
                .forEach(t -> engine.getTaskService().setAssignee(t.getId(), null));
    }

    private LocalDate inTwoWeeks() {
        return driver.now().toLocalDate().plusDays(14);
    }

    @Test
    void shouldEndWithoutFollowUpsWhenBothApproveAtOnce() {
        // given a held meeting whose agenda got the fixed first and last items
        String ref = heldMeeting();
        ProcessInstance pi = instance(ref);
        assertThat(meetings.agenda(ref))
                .extracting(DialogueRecords.AgendaItem::title)
                .containsExactly(
                        "Velkomst og godkendelse af dagsordenen",
                        "Arbejdskraftreserven",
                        "Unge på overførselsindkomst",
                        "Ny chance til alle",
                        "Sygedagpengeområdet",
                        "Eventuelt");

        // when the minutes have no follow-ups and both parties approve them at once
        dialogue.recordMinutes(ref, List.of());
        assertThat(pi).isWaitingAt("Task_ApproveMinutes");
        dialogue.approveByBoth(ref);

        // then the minutes are approved and mailed, and the meeting is closed
        assertThat(pi)
                .isEnded()
                .hasPassed(
                        "Task_RegisterApprovedMinutes",
                        "Task_SendApprovedMinutes",
                        "Task_CloseMeeting",
                        "EndEvent_MeetingClosed")
                .hasNotPassed("SubProcess_FollowUp");
        DialogueMeeting meeting = meetings.find(ref).orElseThrow();
        assertThat(meeting.state()).isEqualTo(MeetingState.CLOSED);
        assertThat(meeting.minutesRound()).isEqualTo(1);
        assertThat(meeting.minutesApprovedAt()).isNotNull();
        assertThat(meetings.approvals(ref)).hasSize(2).allMatch(DialogueRecords.MinutesApproval::approved);
        assertThat(meetings.minutes(ref)).hasSize(6);
    }

    @Test
    void shouldReturnTheMinutesWhenOnePartySendsThemBack() {
        // given minutes recorded after the meeting
        String ref = heldMeeting();
        ProcessInstance pi = instance(ref);
        dialogue.recordMinutes(ref, List.of());

        // when the jobcenter sends them back with a comment while the region approves
        assertThatThrownBy(() -> dialogue.decide(ref, JOBCENTER, false, null))
                .hasRootCauseInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("Skriv en kommentar");
        unclaim(ref, "Task_ApproveMinutes");
        dialogue.decide(ref, JOBCENTER, false, "Nuancér jobcentrets udgangspunkt under punkt 1.");
        dialogue.decide(ref, HOST, true, null);
        driver.executeJobs(ref);

        // then the region records them again, sees the comment, and both approve the second round
        assertThat(pi).isWaitingAt("Task_RecordMinutes");
        String taskId = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult()
                .getId();
        assertThat(engine.getTaskService().getVariableLocal(taskId, DialogueVariables.PREVIOUS_COMMENTS))
                .isEqualTo("Jobcenter København: Nuancér jobcentrets udgangspunkt under punkt 1.");
        dialogue.recordMinutes(ref, List.of());
        dialogue.approveByBoth(ref);
        assertThat(pi).isEnded().hasPassed("Task_SendApprovedMinutes");
        assertThat(meetings.find(ref).orElseThrow().minutesRound()).isEqualTo(2);
        assertThat(meetings.approvals(ref))
                .extracting(a -> a.round() + ":" + a.party() + ":" + a.approved())
                .containsExactly("1:jobcenter:false", "1:region:true", "2:jobcenter:true", "2:region:true");
    }

    @Test
    void shouldRecordMinutesWrittenAsTextInTasklist() {
        // given a held meeting; Tasklist's form shows the minutes as text blocks per agenda item
        String ref = heldMeeting();
        String taskId = driver.task(ref, "Task_RecordMinutes", "dialog-region").getId();
        String prefilled = (String) engine.getTaskService().getVariable(taskId, DialogueVariables.MINUTES_TEXT);
        assertThat(prefilled)
                .contains(
                        "Ad dagsordenens punkt 1: Velkomst og godkendelse af dagsordenen",
                        "Ad dagsordenens punkt 6: Eventuelt");

        // when the minute-taker writes under every item and adds an action on its own line
        StringBuilder written = new StringBuilder();
        for (String block : prefilled.split("\\n\\n")) {
            written.append(block.replace("Drøftelse: ", "Drøftelse: Drøftet.")).append("\n\n");
        }
        driver.complete(
                ref,
                "Task_RecordMinutes",
                HOST,
                Map.of(
                        DialogueVariables.MINUTES_TEXT,
                        written.toString(),
                        DialogueVariables.FOLLOW_UP_LINES,
                        "Opdatér tallene i statusnotatet | Beskæftigelsesregionen | " + "Merete Grønlund | "
                                + inTwoWeeks() + " | 1 | statusnotat"));

        // then every item and the action are stored, as if the API had sent them as rows
        assertThat(meetings.minutes(ref)).hasSize(6).allSatisfy(m -> assertThat(m.discussion())
                .isEqualTo("Drøftet."));
        assertThat(meetings.followUps(ref)).singleElement().satisfies(f -> {
            assertThat(f.responsibleParty()).isEqualTo("region");
            assertThat(f.responsiblePerson()).isEqualTo("Merete Grønlund");
            assertThat(f.dueDate()).isEqualTo(inTwoWeeks());
            assertThat(f.agendaNumber()).isEqualTo(1);
            assertThat(f.reviseStatusNote()).isTrue();
        });
        assertThat(instance(ref)).isWaitingAt("Task_ApproveMinutes");
    }

    @Test
    void shouldCloseFollowUpsOnTimeInParallel() {
        // given approved minutes with one action for each party
        String ref = heldMeeting();
        ProcessInstance pi = instance(ref);
        dialogue.recordMinutes(
                ref,
                List.of(
                        followUp(
                                "Tage initiativ til et møde med Tekniq om ledige elektrikere.",
                                "region",
                                "Jan Hendeliowitz",
                                inTwoWeeks(),
                                false),
                        followUp(
                                "Sende beregningen af udgifter til offentlig forsørgelse.",
                                "jobcenter",
                                null,
                                inTwoWeeks(),
                                false)));
        dialogue.approveByBoth(ref);

        // then each party has its own task, and the region cannot see the jobcenter's
        assertThat(pi).isWaitingAt("Task_CloseFollowUp");
        assertThat(driver.task(ref, "Task_CloseFollowUp", "dialog-region").getName())
                .isEqualTo("Afslut opfølgningspunkt: Tage initiativ til et møde med Tekniq om ledige elektrikere. · "
                        + ref + " " + engine.getRuntimeService().getVariable(pi.getId(), "title"));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(ref)
                        .taskCandidateGroup("dialog-jobcenter")
                        .count())
                .isEqualTo(1);
        assertThatThrownBy(() -> dialogue.closeFollowUp(ref, "jan.hendeliowitz", ""))
                .hasRootCauseInstanceOf(ValidationFailedException.class);
        unclaim(ref, "Task_CloseFollowUp");

        // when both close them before the due date
        dialogue.closeFollowUp(ref, HOST, "Møde med Tekniq holdt.");
        dialogue.closeFollowUp(ref, JOBCENTER, "Beregningen er sendt.");

        // then both are closed on time and the meeting is closed
        assertThat(pi)
                .isEnded()
                .hasPassed("EndEvent_FollowUpClosed", "Task_CloseMeeting")
                .hasNotPassed("Task_SendFollowUpReminder", "Task_MarkFollowUpOverdue", "Task_ReviseStatusNote");
        assertThat(meetings.followUps(ref))
                .extracting(DialogueRecords.FollowUp::state)
                .containsOnly(FollowUpState.CLOSED_ON_TIME);
        assertThat(meetings.followUps(ref).get(0).closedBy()).isEqualTo(HOST);
    }

    @Test
    void shouldRemindAndThenNoticeAnOverdueFollowUp() {
        // given approved minutes with one action for the jobcenter
        String ref = heldMeeting();
        ProcessInstance pi = instance(ref);
        LocalDate due = inTwoWeeks();
        dialogue.recordMinutes(
                ref,
                List.of(followUp(
                        "Indføre procedure for aktivering af sygemeldte.",
                        "jobcenter",
                        "Ole Christiansen",
                        due,
                        false)));
        dialogue.approveByBoth(ref);

        // when the reminder falls due, and later the due date passes with the action still open
        driver.moveClockTo(due.minusDays(2).atTime(9, 1).atZone(driver.ZONE).toOffsetDateTime());
        driver.executeJobs(ref);
        assertThat(pi).hasPassed("Task_SendFollowUpReminder").hasNotPassed("Task_MarkFollowUpOverdue");
        driver.moveClockTo(due.plusDays(1).atTime(8, 1).atZone(driver.ZONE).toOffsetDateTime());
        driver.executeJobs(ref);

        // then it is overdue and the notice went out, the task still open
        assertThat(pi)
                .hasPassed("Task_MarkFollowUpOverdue", "Task_SendOverdueNotice", "EndEvent_OverdueNoticeSent")
                .isWaitingAt("Task_CloseFollowUp");
        assertThat(meetings.followUp(ref, 1).orElseThrow().state()).isEqualTo(FollowUpState.OVERDUE);

        // when it is closed after all, it is closed late
        dialogue.closeFollowUp(ref, JOBCENTER, "Proceduren er indført.");
        assertThat(pi).isEnded();
        assertThat(meetings.followUp(ref, 1).orElseThrow().state()).isEqualTo(FollowUpState.CLOSED_LATE);
        assertThat(meetings.followUp(ref, 1).orElseThrow().outcome()).isEqualTo("Proceduren er indført.");
    }

    @Test
    void shouldReviseTheStatusNoteWhenAnActionAsksForIt() {
        // given approved minutes with an action that updates the status note
        String ref = heldMeeting();
        ProcessInstance pi = instance(ref);
        dialogue.recordMinutes(
                ref,
                List.of(followUp(
                        "Indføje befolkningssammensætningen i statusnotatet.", "region", null, inTwoWeeks(), true)));
        dialogue.approveByBoth(ref);

        // when the region closes it
        dialogue.closeFollowUp(ref, HOST, "Teksten er skrevet.");

        // then it gets a task to revise the status note, prefilled with the current version
        assertThat(pi).isWaitingAt("Task_ReviseStatusNote");
        String taskId = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult()
                .getId();
        assertThat(engine.getTaskService().getVariableLocal(taskId, DialogueVariables.STATUS_NOTE_TEXT))
                .isEqualTo("Statusnotat om jobcentrets resultater.");
        driver.complete(
                ref,
                "Task_ReviseStatusNote",
                "marianne.sumborg",
                Map.of(
                        DialogueVariables.STATUS_NOTE_TEXT,
                        "Statusnotat om jobcentrets resultater, set i lyset af befolkningssammensætningen i København."));
        driver.executeJobs(ref);

        // and the new version is recorded against the action
        assertThat(pi).isEnded().hasPassed("EndEvent_StatusNoteRevised");
        List<DialogueRecords.StatusNote> notes = meetings.statusNotes(ref);
        assertThat(notes).hasSize(2);
        assertThat(notes.get(1).followUp()).isEqualTo(1);
        assertThat(notes.get(1).writtenBy()).isEqualTo("marianne.sumborg");
    }

    @Test
    void shouldRejectAnAgendaWithoutOwnItems() {
        // given a new meeting
        String ref = DialogueDriver.newReference();
        references.add(ref);
        dialogue.start(ref);

        // when the agenda has only the fixed items, then it is refused
        assertThatThrownBy(() -> driver.complete(
                        ref,
                        "Task_DraftAgenda",
                        HOST,
                        Map.of(DialogueVariables.AGENDA_ITEMS, "1. Velkomst og godkendelse af dagsordenen\nEventuelt")))
                .hasRootCauseInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("mindst ét dagsordenspunkt");
        assertThat(instance(ref)).isWaitingAt("Task_DraftAgenda");
    }

    @AfterAll
    void shouldCoverAtLeast90PercentOfTheFlowNodes() {
        Set<String> nodes = flowNodes(DialogueVariables.PROCESS_ID);
        Set<String> visited = visited(DialogueVariables.PROCESS_ID, references);
        double coverage = (double) nodes.stream().filter(visited::contains).count() / nodes.size();
        assertThat(coverage)
                .as(
                        "DialogueMeetingProcess flow-node coverage; missed %s",
                        nodes.stream().filter(n -> !visited.contains(n)).toList())
                .isGreaterThanOrEqualTo(0.9);
    }
}
