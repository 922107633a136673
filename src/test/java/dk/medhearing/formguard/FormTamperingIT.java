package dk.medhearing.formguard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Role;
import dk.medhearing.response.CommitteeState;
import dk.medhearing.response.Meeting;
import dk.medhearing.response.MeetingRepository;
import dk.medhearing.response.Participation;
import dk.medhearing.response.ParticipationRepository;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.WebappSession;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A chair tries to change what is not the form's: another committee's records, the deadline, the reference. */
class FormTamperingIT extends AbstractProcessTest {

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ParticipationRepository participations;

    @Autowired
    MeetingRepository meetings;

    private final ObjectMapper json = new ObjectMapper();
    private String reference;
    private Task amcTask;

    @BeforeEach
    void startAHearingOfAmcAndJki() {
        reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc", "jki"));
        amcTask = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_ScheduleMeeting")
                .taskCandidateGroup("amc-chair")
                .singleResult();
        as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/claim"),
                        body("{\"userId\":\"anders.friis\"}"),
                        String.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"committee\":{\"value\":\"jki\"}",
                "\"responseDeadline\":{\"value\":\"2099-01-01T00:00:00.000+0100\",\"type\":\"Date\"}",
                "\"hearingReference\":{\"value\":\"BIF-2026-0001\"}",
                "\"reference\":{\"value\":\"BIF-2026-0001\"}",
                "\"somethingElse\":{\"value\":\"x\"}",
                "\"Committee\":{\"value\":\"jki\"}"
            })
    void shouldRefuseAVariableOutsideTheFormOverEngineRest(String extra) throws Exception {
        int mailsToJki = mailsTo("jki");

        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/submit-form"),
                        body(meetingForm(extra)),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String field = extra.substring(1, extra.indexOf('"', 1));
        assertThat(json.readTree(response.getBody())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo(field);
        assertThat(response.getBody()).contains("formular").doesNotContain("ENGINE-", "Exception");
        assertNothingChanged(mailsToJki);
    }

    @Test
    void shouldRefuseAnEscapedVariableNameAsTheNameItDecodesTo() throws Exception {
        int mailsToJki = mailsTo("jki");

        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/submit-form"),
                        body(meetingForm("\"\\u0063ommittee\":{\"value\":\"jki\"}")),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("committee");
        assertNothingChanged(mailsToJki);
    }

    @Test
    void shouldRefuseAVariableOutsideTheFormWithVariablesInReturn() throws Exception {
        int mailsToJki = mailsTo("jki");
        String form = meetingForm("\"committee\":{\"value\":\"jki\"}");

        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/submit-form"),
                        body(form.substring(0, form.length() - 1) + ",\"withVariablesInReturn\":true}"),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("committee").doesNotContain("\"jki\"", "ENGINE-");
        assertNothingChanged(mailsToJki);
    }

    @Test
    void shouldRefuseAVariableOutsideTheFormOnComplete() throws Exception {
        int mailsToJki = mailsTo("jki");

        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/complete"),
                        body(meetingForm("\"committee\":{\"value\":\"jki\"}")),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertNothingChanged(mailsToJki);
    }

    @Test
    void shouldRefuseAVariableOutsideTheFormWhenResolvingADelegatedTask() throws Exception {
        int mailsToJki = mailsTo("jki");
        // delegated to the minute-taker, who may do the task too (AssigneeGuard: nobody else)
        String delegate = driver.person("amc", Role.SECRETARY);
        ResponseEntity<String> delegated = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/delegate"),
                        body("{\"userId\":\"" + delegate + "\"}"),
                        String.class);
        assertThat(delegated.getStatusCode()).as(delegated.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> response = as(delegate)
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/resolve"),
                        body(meetingForm("\"committee\":{\"value\":\"jki\"}")),
                        String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("committee");
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(amcTask.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo(delegate);
        assertNothingChanged(mailsToJki);
    }

    @Test
    void shouldRefuseToDeleteAProcessVariableThroughTheTask() {
        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/variables"),
                        body("{\"deletions\":[\"committee\"]}"),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("committee");
        assertThat(taskService.getVariable(amcTask.getId(), "committee")).isEqualTo("amc");
    }

    @Test
    void shouldRefuseToModifyAProcessVariableThroughTheTasksVariables() {
        Object deadline = taskService.getVariable(amcTask.getId(), "responseDeadline");

        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/variables"),
                        body("{\"modifications\":{\"responseDeadline\":{\"value\":\"2099-01-01T00:00:00.000+0100\","
                                + "\"type\":\"Date\"}}}"),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("responseDeadline");
        assertThat(taskService.getVariable(amcTask.getId(), "responseDeadline"))
                .isNotNull()
                .isEqualTo(deadline);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bpmnError", "bpmnEscalation"})
    void shouldRefuseToEndTheTaskOtherwiseThanThroughItsForm(String action) throws Exception {
        int mailsToJki = mailsTo("jki");
        String code = action.equals("bpmnError") ? "errorCode" : "escalationCode";

        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/" + action),
                        body("{\"" + code + "\":\"x\",\"variables\":{\"committee\":{\"value\":\"jki\"}}}"),
                        String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("formular").doesNotContain("ENGINE-", "Exception");
        assertThat(driver.committeeInstance(reference, "amc")).isNotNull();
        assertNothingChanged(mailsToJki);
    }

    @Test
    void shouldRefuseAVariableOutsideTheFormOnTheWebappsApi() throws Exception {
        int mailsToJki = mailsTo("jki");
        WebappSession tasklist = WebappSession.login(engine, port, "anders.friis", "demo", "tasklist");

        HttpResponse<String> response = tasklist.postJson(
                "/camunda/api/engine/engine/default/task/" + amcTask.getId() + "/submit-form",
                meetingForm("\"committee\":{\"value\":\"jki\"}"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("committee").doesNotContain("ENGINE-", "Exception");
        assertNothingChanged(mailsToJki);
    }

    @Test
    void shouldRefuseToSetAProcessVariableThroughTheTask() {
        ResponseEntity<String> response = as("anders.friis")
                .exchange(
                        url("/engine-rest/task/" + amcTask.getId() + "/variables/committee"),
                        HttpMethod.PUT,
                        body("{\"value\":\"jki\",\"type\":\"String\"}"),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("committee");
        assertThat(taskService.getVariable(amcTask.getId(), "committee")).isEqualTo("amc");
    }

    @Test
    void shouldRefuseToSetATaskLocalVariableOutsideTheForm() {
        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/localVariables"),
                        body("{\"modifications\":{\"committee\":{\"value\":\"jki\"}}}"),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taskService.getVariable(amcTask.getId(), "committee")).isEqualTo("amc");
    }

    @Test
    void shouldRefuseATaskUserTheProcessInstancesVariables() {
        String instance = driver.committeeInstance(reference, "amc").getId();

        ResponseEntity<String> response = as("anders.friis")
                .exchange(
                        url("/engine-rest/process-instance/" + instance + "/variables/committee"),
                        HttpMethod.PUT,
                        body("{\"value\":\"jki\",\"type\":\"String\"}"),
                        String.class);

        assertThat(response.getStatusCode().value()).isIn(403, 404);
        assertThat(taskService.getVariable(amcTask.getId(), "committee")).isEqualTo("amc");
    }

    @Test
    void shouldStillAcceptTheFormsOwnFields() {
        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/submit-form"),
                        body(meetingForm(null)),
                        String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(state("amc")).isEqualTo(CommitteeState.MEETING_SCHEDULED);
    }

    @Test
    void shouldKeepSubmittedFieldsThatHadNoPrefillOnTheTaskNotOnTheProcess() {
        // given a meeting task with nothing to prefill (no meeting is known yet), so its fields are no variables
        assertThat(taskService.getVariablesLocal(amcTask.getId())).doesNotContainKeys("meetingPlace", "meetingEnd");

        // when the chair submits the form as Tasklist does
        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/submit-form"),
                        body(meetingForm(null)),
                        String.class);

        // then the fields were stored on the task only: the process instance never had them
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(meetings.find(reference, "amc"))
                .get()
                .extracting(Meeting::place)
                .isEqualTo("Mødelokalet");
        List<HistoricVariableInstance> written = historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(amcTask.getProcessInstanceId())
                .variableNameIn("meetingPlace", "meetingEnd")
                .list();
        assertThat(written).hasSize(2).allSatisfy(v -> assertThat(v.getTaskId()).isEqualTo(amcTask.getId()));
        assertThat(runtimeService.getVariables(amcTask.getProcessInstanceId()))
                .doesNotContainKeys("meetingPlace", "meetingEnd");
    }

    @Test
    void shouldLeaveNothingOnTheTaskWhenSomeoneWhoMayNotWorkOnItSubmitsItsForm() {
        // given the chair of another committee, who may not work on AMC's task
        // when he submits AMC's meeting form with the form's own fields
        ResponseEntity<String> response = as("jakob.ravn")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/submit-form"),
                        body(meetingForm(null)),
                        String.class);

        // then the engine refuses him, and the fields the form guard had already put on the task are rolled back
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody())
                .contains("Du har ikke adgang til dette")
                .doesNotContain("permission", "jakob.ravn", amcTask.getId());
        assertThat(taskService.createTaskQuery().taskId(amcTask.getId()).count())
                .isEqualTo(1);
        assertThat(taskService.getVariablesLocal(amcTask.getId())).doesNotContainKeys("meetingPlace", "meetingEnd");
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceIdIn(amcTask.getProcessInstanceId())
                        .variableNameIn("meetingPlace", "meetingEnd")
                        .count())
                .isZero();
        assertThat(meetings.forHearing(reference)).isEmpty();
    }

    @Test
    void shouldAnswer404ForAnUnknownTask() {
        ResponseEntity<String> submit = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/no-such-task/submit-form"), body(meetingForm(null)), String.class);
        ResponseEntity<String> complete = as("anders.friis")
                .postForEntity(url("/engine-rest/task/no-such-task/complete"), body(meetingForm(null)), String.class);

        assertThat(submit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(submit.getBody()).doesNotContain("ENGINE-", "Exception");
    }

    private void assertNothingChanged(int mailsToJkiBefore) throws Exception {
        driver.executeJobs(reference);
        assertThat(state("jki")).isEqualTo(CommitteeState.AWAITING_MEETING);
        assertThat(state("amc")).isEqualTo(CommitteeState.AWAITING_MEETING);
        assertThat(meetings.forHearing(reference)).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(amcTask.getId()).count())
                .isEqualTo(1);
        assertThat(taskService.getVariable(amcTask.getId(), "committee")).isEqualTo("amc");
        assertThat(mailsTo("jki")).isEqualTo(mailsToJkiBefore);
    }

    private CommitteeState state(String committee) {
        return participations.forHearing(reference).stream()
                .filter(p -> p.committee().equals(committee))
                .map(Participation::state)
                .findFirst()
                .orElseThrow();
    }

    private int mailsTo(String committee) throws Exception {
        Set<String> addresses = organisation.requireUnit(committee).members().stream()
                .map(Member::email)
                .collect(Collectors.toSet());
        int count = 0;
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> addresses.contains(a.toString()))) {
                count++;
            }
        }
        return count;
    }

    private String meetingForm(String extra) {
        String start = driver.now()
                .plusDays(3)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toLocalDateTime()
                .toString();
        return "{\"variables\":{\"meetingStart\":{\"value\":\"" + start + "\"},\"meetingEnd\":{\"value\":\"12:00\"},"
                + "\"meetingPlace\":{\"value\":\"Mødelokalet\"}" + (extra == null ? "" : "," + extra) + "}}";
    }

    private static HttpEntity<String> body(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
