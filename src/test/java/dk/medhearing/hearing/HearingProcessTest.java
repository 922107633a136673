package dk.medhearing.hearing;

import dk.medhearing.committee.Role;
import dk.medhearing.response.CommitteeState;
import dk.medhearing.response.ResponseDraft;
import dk.medhearing.response.ResponseRepository;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HearingProcessTest extends AbstractProcessTest {

    private final List<String> references = new ArrayList<>();

    @Autowired
    HearingQueries queries;

    @Autowired
    HearingRepository hearings;

    @Autowired
    ResponseRepository responses;

    private String newHearing() {
        String reference = HearingDriver.newReference();
        references.add(reference);
        return reference;
    }

    @Test
    void shouldCompleteWhenAllCommitteesRespond() {
        // given a hearing of three CenterMEDs
        String ref = newHearing();
        ProcessInstance hearing = driver.start(ref, List.of("amc", "jku", "jki"));
        assertThat(hearing).isWaitingAt("CallActivity_CollectCommitteeResponses");

        // when every committee responds and HovedMED and the administration finish
        driver.respond(ref, "amc", "AMC støtter forslaget.", null);
        driver.respond(ref, "jku", "Ungecentret støtter forslaget.", null);
        assertThat(hearing).isWaitingAt("CallActivity_CollectCommitteeResponses");
        driver.respond(ref, "jki", "JKI er bekymret.", null);
        assertThat(hearing).isWaitingAt("Task_RecordMainCommitteeMinutes");
        driver.mainCommitteeResponds(ref, "HovedMED tilslutter sig forslaget.");
        assertThat(hearing).isWaitingAt("Task_SubmitToPoliticalCommittee");
        driver.complete(
                ref, "Task_SubmitToPoliticalCommittee", "karen.holm", Map.of("journalReference", "BIU-2026-17"));
        driver.executeJobs(ref);

        // then the hearing is submitted and every record says so
        assertThat(hearing)
                .isEnded()
                .hasPassed(
                        "Task_CollectResponseOverview",
                        "Task_StoreConsolidatedDocument",
                        "Task_SendConsolidatedResponse",
                        "EndEvent_HearingSubmitted");
        Hearing stored = hearings.find(ref).orElseThrow();
        assertThat(stored.mainState()).isEqualTo(MainCommitteeState.SUBMITTED);
        assertThat(stored.journalReference()).isEqualTo("BIU-2026-17");
        assertThat(stored.submittedBy()).isEqualTo("karen.holm");
        assertThat(responses.latest(ref, "hovedmed").orElseThrow().text())
                .isEqualTo("HovedMED tilslutter sig forslaget.");
        assertThat(states(ref)).containsOnly(CommitteeState.SUBMITTED);
    }

    @Test
    void aHearingsStartGivesEachVariableOneType() {
        // given a hearing started as the API starts it (the deadline and the meetings submitted as text)
        String ref = newHearing();
        ProcessInstance hearing = driver.start(ref, List.of("amc"));

        // when every value its variables were given is read from the history
        Map<String, Set<String>> types = new TreeMap<>();
        engine
                .getHistoryService()
                .createHistoricDetailQuery()
                .processInstanceId(hearing.getId())
                .variableUpdates()
                .list()
                .stream()
                .map(HistoricVariableUpdate.class::cast)
                .filter(u -> !"null".equals(u.getTypeName()))
                .forEach(u -> types.computeIfAbsent(u.getVariableName(), n -> new TreeSet<>())
                        .add(u.getTypeName()));

        // then no name held a text first and a date later: the dates the process reads have names of their own
        assertThat(types).allSatisfy((name, held) -> assertThat(held).as(name).hasSize(1));
        assertThat(types.get("responseDeadline")).containsExactly("string");
        assertThat(types.get("deadlineAt")).containsExactly("date");
    }

    @Test
    void shouldRecordNoRemarks() {
        // given a hearing of one committee
        String ref = newHearing();
        ProcessInstance hearing = driver.start(ref, List.of("ckb"));

        // when CKB answers "ingen bemærkninger"
        driver.respond(ref, "ckb", null, null);

        // then its submitted response has no remarks and HovedMED takes over
        ResponseDraft response = responses.latest(ref, "ckb").orElseThrow();
        assertThat(response.noRemarks()).isTrue();
        assertThat(response.text()).isNull();
        assertThat(response.submitted()).isTrue();
        assertThat(hearing).isWaitingAt("Task_RecordMainCommitteeMinutes");
    }

    @Test
    void shouldKeepTheEmployeeSidesRemarks() {
        // given a hearing of AMC
        String ref = newHearing();
        driver.start(ref, List.of("amc"));

        // when AMC responds with separate remarks from the employee side
        driver.respond(ref, "amc", "Vi er glade for forslaget.", "Man ønsker, at ledelsesansvaret placeres entydigt.");

        // then both are stored with the submitted response
        ResponseDraft response = responses.latest(ref, "amc").orElseThrow();
        assertThat(response.text()).isEqualTo("Vi er glade for forslaget.");
        assertThat(response.employeeRemarks()).isEqualTo("Man ønsker, at ledelsesansvaret placeres entydigt.");
        assertThat(queries.get(ref, new CurrentUser("admin", List.of("camunda-admin")))
                        .committees()
                        .get(0)
                        .employeeRemarks())
                .isTrue();
    }

    @Test
    void shouldRedoAConsolidatedResponseThatWasSentBack() {
        // given a hearing whose committee has responded
        String ref = newHearing();
        ProcessInstance hearing = driver.start(ref, List.of("jka"));
        driver.respond(ref, "jka", "JKA støtter.", null);
        String main = organisation.mainCommittee().id();
        driver.recordMainCommitteeMinutes(ref);
        driver.draft(ref, "Task_DraftConsolidatedResponse", driver.person(main, Role.SECRETARY), "Første udkast", null);

        // when the vice-chair sends it back while the chair approves
        driver.decide(ref, "Task_ApproveConsolidatedAsChair", driver.person(main, Role.CHAIR), true, null);
        driver.decide(
                ref,
                "Task_ApproveConsolidatedAsViceChair",
                driver.person(main, Role.VICE_CHAIR),
                false,
                "Tilføj bemærkningen om den korte høringsperiode.");
        driver.executeJobs(ref);

        // then the secretary redrafts, sees the comment, and a new joint approval is needed
        assertThat(hearing).isWaitingAt("Task_DraftConsolidatedResponse");
        assertThat(engine.getTaskService()
                        .getVariable(
                                driver.task(ref, "Task_DraftConsolidatedResponse", main + "-secretary")
                                        .getId(),
                                "previousComments")
                        .toString())
                .contains("Tilføj bemærkningen om den korte høringsperiode.");
        driver.draft(ref, "Task_DraftConsolidatedResponse", driver.person(main, Role.SECRETARY), "Andet udkast", null);
        driver.approveJointly(ref, main, "Task_ApproveConsolidatedAsChair", "Task_ApproveConsolidatedAsViceChair");
        assertThat(hearing).isWaitingAt("Task_SubmitToPoliticalCommittee");
        assertThat(responses.latest(ref, main).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void shouldGoOnWhenOneCommitteeMissesTheDeadline() {
        // given a hearing of two committees, one of which responds
        String ref = newHearing();
        ProcessInstance hearing = driver.start(ref, List.of("cab", "cbsi"));
        driver.respond(ref, "cab", "CAB støtter.", null);
        driver.scheduleMeeting(ref, "cbsi", driver.person("cbsi", Role.CHAIR));

        // when the deadline passes (engine clock) and the timer fires
        driver.moveClockTo(driver.now().plusDays(16));
        driver.executeJobs(ref);

        // then CBSI is recorded as not having responded, its open work ended, and HovedMED takes over
        assertThat(states(ref)).containsExactly(CommitteeState.SUBMITTED, CommitteeState.NO_RESPONSE);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(ref)
                        .taskDefinitionKey("Task_RecordMinutes")
                        .count())
                .isZero();
        assertThat(hearing).isWaitingAt("Task_RecordMainCommitteeMinutes");
    }

    @Test
    void shouldReachHovedMedWhenNobodyResponds() {
        // given a hearing of three committees, none of which acts
        String ref = newHearing();
        ProcessInstance hearing = driver.start(ref, List.of("amc", "keh", "ckb"));

        // when the deadline passes
        driver.moveClockTo(driver.now().plusDays(16));
        driver.executeJobs(ref);

        // then all are missing and HovedMED's overview says so
        assertThat(states(ref)).containsOnly(CommitteeState.NO_RESPONSE);
        assertThat(hearing).isWaitingAt("Task_RecordMainCommitteeMinutes");
        assertThat(hearingService.overview(ref))
                .extracting(row -> row.get("status"))
                .containsOnly("Mangler");
    }

    @Test
    void shouldPublishAnEmbargoedHearingOnceTheCentreManagersHaveConfirmed() {
        // given a hearing of AMC under embargo for two days
        String ref = newHearing();
        HearingInput plain = HearingDriver.input(ref, List.of("amc"));
        driver.as(
                "karen.holm",
                () -> hearingService.start(
                        new HearingInput(
                                ref,
                                plain.title(),
                                plain.summary(),
                                plain.documentLinks(),
                                plain.committees(),
                                plain.responseDeadline(),
                                plain.orientationMeeting(),
                                plain.mainCommitteeMeetingAt(),
                                plain.politicalCommitteeMeetingAt(),
                                plain.shortWindowJustification(),
                                driver.now().plusDays(2).toString()),
                        "karen.holm"));
        driver.executeJobs(ref);
        ProcessInstance hearing = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(ref)
                .processDefinitionKey("HearingProcess")
                .singleResult();
        assertThat(hearing)
                .isWaitingAt("Task_ConfirmStaffBriefed")
                .hasPassed("Task_SendEmbargoMaterial")
                .hasNotPassed("Task_NotifyCommittees");

        // when AMC's centre manager confirms that staff are briefed
        driver.complete(ref, "Task_ConfirmStaffBriefed", "anders.friis", Map.of("staffBriefed", true));
        driver.executeJobs(ref);

        // then the hearing is published and AMC's work starts
        assertThat(hearing)
                .hasPassed("EndEvent_StaffBriefed", "Task_PublishHearing", "Task_NotifyCommittees")
                .isWaitingAt("CallActivity_CollectCommitteeResponses");
    }

    @Test
    void shouldRemindHovedMedAndTheAdministrationBeforeTheirTasksAreDueAndKeepWaiting() {
        // given a hearing whose committee has responded: HovedMED's minutes wait
        String ref = newHearing();
        ProcessInstance hearing = driver.start(ref, List.of("keh"));
        driver.respond(ref, "keh", "KEH støtter.", null);
        String main = organisation.mainCommittee().id();

        // when HovedMED's minutes and draft reach their reminders before they are done (engine clock); the approvals
        // and the submission, created after their reminders' time, fire theirs at once
        fireReminder(ref, hearing, "BoundaryEvent_RemindMainMinutes");
        assertThat(hearing).isWaitingAt("Task_RecordMainCommitteeMinutes");
        driver.recordMainCommitteeMinutes(ref);
        fireReminder(ref, hearing, "BoundaryEvent_RemindConsolidatedDraft");
        driver.draft(ref, "Task_DraftConsolidatedResponse", driver.person(main, Role.SECRETARY), "Samlet svar", null);
        driver.executeJobs(ref);
        driver.approveJointly(ref, main, "Task_ApproveConsolidatedAsChair", "Task_ApproveConsolidatedAsViceChair");

        // then each timer led to the reminder while its task went on, and the submission still waits
        assertThat(hearing)
                .hasPassed(
                        "BoundaryEvent_RemindMainMinutes",
                        "BoundaryEvent_RemindConsolidatedDraft",
                        "BoundaryEvent_RemindMainChairApproval",
                        "BoundaryEvent_RemindMainViceChairApproval",
                        "BoundaryEvent_RemindSubmission",
                        "Task_SendTaskReminder",
                        "EndEvent_TaskReminderSent")
                .isWaitingAt("Task_SubmitToPoliticalCommittee");
    }

    private void fireReminder(String ref, ProcessInstance hearing, String timer) {
        Date due = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(hearing.getId())
                .activityId(timer)
                .singleResult()
                .getDuedate();
        driver.moveClockTo(
                OffsetDateTime.ofInstant(due.toInstant(), HearingDriver.ZONE).plusMinutes(1));
        driver.executeJobs(ref);
    }

    @AfterAll
    void shouldCoverAtLeast90PercentOfTheFlowNodes() {
        Set<String> nodes = flowNodes("HearingProcess");
        Set<String> visited = visited("HearingProcess", references);
        double coverage = (double) nodes.stream().filter(visited::contains).count() / nodes.size();
        assertThat(coverage)
                .as(
                        "HearingProcess flow-node coverage; missed %s",
                        nodes.stream().filter(n -> !visited.contains(n)).toList())
                .isGreaterThanOrEqualTo(0.9);
    }

    private List<CommitteeState> states(String reference) {
        return queries.get(reference, new CurrentUser("admin", List.of("camunda-admin"))).committees().stream()
                .map(c -> CommitteeState.valueOf(c.state()))
                .toList();
    }
}
