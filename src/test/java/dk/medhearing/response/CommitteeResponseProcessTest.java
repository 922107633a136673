package dk.medhearing.response;

import dk.medhearing.committee.Role;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeResponseProcessTest extends AbstractProcessTest {

    private static final String COMMITTEE = "amc";
    private final List<String> references = new ArrayList<>();

    @Autowired
    ResponseRepository responses;

    @Autowired
    MinutesRepository minutes;

    @Autowired
    MeetingRepository meetings;

    private String newHearing() {
        String reference = HearingDriver.newReference();
        references.add(reference);
        driver.start(reference, List.of(COMMITTEE));
        return reference;
    }

    private String chair() {
        return driver.person(COMMITTEE, Role.CHAIR);
    }

    private String viceChair() {
        return driver.person(COMMITTEE, Role.VICE_CHAIR);
    }

    private String secretary() {
        return driver.person(COMMITTEE, Role.SECRETARY);
    }

    @Test
    void shouldSubmitAfterJointApproval() {
        // given a committee asked for its response
        String ref = newHearing();
        ProcessInstance committee = driver.committeeInstance(ref, COMMITTEE);
        assertThat(committee).isWaitingAt("Task_ScheduleMeeting");

        // when it meets, records minutes, drafts and both approve
        driver.scheduleMeeting(ref, COMMITTEE, chair());
        assertThat(committee).isWaitingAt("Task_RecordMinutes");
        driver.recordMinutes(ref, "Task_RecordMinutes", secretary());
        assertThat(committee).isWaitingAt("Task_DraftResponse");
        driver.draft(ref, "Task_DraftResponse", secretary(), "AMC støtter forslaget.", null);
        assertThat(committee).isWaitingAt("Task_ApproveResponseAsChair", "Task_ApproveResponseAsViceChair");
        driver.approveJointly(ref, COMMITTEE, "Task_ApproveResponseAsChair", "Task_ApproveResponseAsViceChair");

        // then the response is submitted, with the meeting and the prefilled minutes on record
        assertThat(committee)
                .isEnded()
                .hasPassed("Task_SubmitResponse", "EndEvent_ResponseSubmitted")
                .hasNotPassed("BoundaryEvent_DeadlinePassed");
        assertThat(responses.latest(ref, COMMITTEE).orElseThrow().submitted()).isTrue();
        assertThat(meetings.find(ref, COMMITTEE).orElseThrow().place()).isEqualTo("Mødelokalet ved Torvet");
        Minutes recorded = minutes.find(ref, COMMITTEE).orElseThrow();
        assertThat(recorded.meetingChair()).isEqualTo("Anders Friis");
        assertThat(recorded.minuteTaker()).isEqualTo("Camilla Sand");
        assertThat(recorded.employeeAttendees()).contains("Birthe Lund (TR)", "Dorte Kjær (AMR)");
        assertThat(recorded.managementAttendees()).contains("Anders Friis", "Erik Møller");
        assertThat(recorded.recordedBy()).isEqualTo(secretary());
    }

    @Test
    void shouldRedraftWhenTheChairSendsItBack() {
        // given a draft awaiting approval
        String ref = newHearing();
        ProcessInstance committee = driver.committeeInstance(ref, COMMITTEE);
        driver.scheduleMeeting(ref, COMMITTEE, chair());
        driver.recordMinutes(ref, "Task_RecordMinutes", secretary());
        driver.draft(ref, "Task_DraftResponse", secretary(), "Første udkast", null);

        // when the chair sends it back and the vice-chair approves
        driver.decide(ref, "Task_ApproveResponseAsChair", chair(), false, "Nævn den korte høringsfrist.");
        driver.decide(ref, "Task_ApproveResponseAsViceChair", viceChair(), true, null);
        driver.executeJobs(ref);

        // then it returns to drafting with the comment, and a second version needs both approvals again
        assertThat(committee).isWaitingAt("Task_DraftResponse");
        assertThat(engine.getTaskService()
                        .getVariable(
                                driver.task(ref, "Task_DraftResponse", COMMITTEE + "-secretary")
                                        .getId(),
                                "responseText"))
                .isEqualTo("Første udkast");
        driver.draft(ref, "Task_DraftResponse", secretary(), "Andet udkast med fristen", null);
        driver.approveJointly(ref, COMMITTEE, "Task_ApproveResponseAsChair", "Task_ApproveResponseAsViceChair");
        assertThat(committee).isEnded();
        ResponseDraft submitted = responses.latest(ref, COMMITTEE).orElseThrow();
        assertThat(submitted.version()).isEqualTo(2);
        assertThat(submitted.submittedBy()).contains(chair()).contains(viceChair());
        assertThat(responses.approvals(ref, COMMITTEE, 1))
                .extracting(Approval::approved)
                .containsExactly(false, true);
    }

    @Test
    void shouldEndWithoutResponseWhenTheDeadlinePasses() {
        // given a committee that has drafted but not yet approved
        String ref = newHearing();
        ProcessInstance committee = driver.committeeInstance(ref, COMMITTEE);
        driver.scheduleMeeting(ref, COMMITTEE, chair());
        driver.recordMinutes(ref, "Task_RecordMinutes", secretary());
        driver.draft(ref, "Task_DraftResponse", secretary(), "For sent", null);

        // when the deadline passes
        driver.moveClockTo(driver.now().plusDays(16));
        driver.executeJobs(ref);

        // then its open approvals are gone and it is recorded as not having responded
        assertThat(committee)
                .isEnded()
                .hasPassed(
                        "BoundaryEvent_DeadlinePassed", "Task_RecordMissingResponse", "EndEvent_NoResponseByDeadline");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(committee.getId())
                        .count())
                .isZero();
        assertThat(responses.latest(ref, COMMITTEE).orElseThrow().submitted()).isFalse();
    }

    @Test
    void shouldRefuseAMeetingAfterTheDeadline() {
        // given a committee asked for its response
        String ref = newHearing();
        ProcessInstance committee = driver.committeeInstance(ref, COMMITTEE);

        // when the chair schedules the meeting after the deadline, then it is refused with the rule named
        assertThatThrownBy(() -> driver.complete(
                        ref,
                        "Task_ScheduleMeeting",
                        chair(),
                        Map.of(
                                "meetingStart",
                                driver.now().plusDays(16).toLocalDateTime().toString(),
                                "meetingPlace",
                                "Lokale 3")))
                .hasRootCauseInstanceOf(ValidationFailedException.class)
                .rootCause()
                .hasMessageContaining("Mødet skal holdes før høringsfristen");
        assertThat(committee).isWaitingAt("Task_ScheduleMeeting");
        assertThat(meetings.find(ref, COMMITTEE)).isEmpty();
    }

    @Test
    void shouldRequireACommentWhenSendingBack() {
        // given a draft awaiting approval
        String ref = newHearing();
        driver.scheduleMeeting(ref, COMMITTEE, chair());
        driver.recordMinutes(ref, "Task_RecordMinutes", secretary());
        driver.draft(ref, "Task_DraftResponse", secretary(), "Udkast", null);

        // when the chair sends it back without a comment, then it is refused and nothing is recorded
        assertThatThrownBy(() -> driver.decide(ref, "Task_ApproveResponseAsChair", chair(), false, null))
                .rootCause()
                .hasMessageContaining("Skriv en kommentar, når høringssvaret sendes tilbage.");
        assertThat(responses.approvals(ref, COMMITTEE, 1)).isEmpty();
    }

    @Test
    void shouldRequireATextUnlessNoRemarks() {
        String ref = newHearing();
        driver.scheduleMeeting(ref, COMMITTEE, chair());
        driver.recordMinutes(ref, "Task_RecordMinutes", secretary());

        assertThatThrownBy(() -> driver.complete(ref, "Task_DraftResponse", secretary(), Map.of("noRemarks", false)))
                .rootCause()
                .hasMessageContaining("Skriv høringssvaret, eller sæt kryds i 'Ingen bemærkninger'.");
        assertThat(responses.latest(ref, COMMITTEE)).isEmpty();
    }

    @AfterAll
    void shouldCoverAtLeast90PercentOfTheFlowNodes() {
        Set<String> nodes = flowNodes("CommitteeResponseProcess");
        Set<String> visited = visited("CommitteeResponseProcess", references);
        double coverage = (double) nodes.stream().filter(visited::contains).count() / nodes.size();
        assertThat(coverage)
                .as(
                        "CommitteeResponseProcess flow-node coverage; missed %s",
                        nodes.stream().filter(n -> !visited.contains(n)).toList())
                .isGreaterThanOrEqualTo(0.9);
    }
}
