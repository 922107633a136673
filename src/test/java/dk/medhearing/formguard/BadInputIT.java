package dk.medhearing.formguard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.committee.Role;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.response.MeetingRepository;
import dk.medhearing.response.ResponseRepository;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.WebappSession;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Each bad input gets its 4xx naming the field, in Danish, and leaves nothing behind; long texts are kept whole. */
class BadInputIT extends AbstractProcessTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HearingRepository hearings;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    ResponseRepository responses;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldRefuseASummaryOverItsLimit() throws Exception {
        assertHearingRefused(hearing(HearingDriver.newReference()).with("summary", "x".repeat(20_001)), "summary");
    }

    @Test
    void shouldKeepASummaryLongerThanAStringVariableHolds() {
        String reference = HearingDriver.newReference();

        ResponseEntity<String> response = startHearing(hearing(reference).with("summary", "Æ".repeat(12_000)));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(hearings.find(reference).orElseThrow().summary()).hasSize(12_000);
    }

    @Test
    void shouldKeepALongSummaryFromTheTasklistStartForm() {
        String reference = HearingDriver.newReference();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("reference", Map.of("value", reference));
        variables.put("title", Map.of("value", "Forslag fra start-formularen"));
        variables.put("summary", Map.of("value", "Ø".repeat(9_000)));
        variables.put("committees", Map.of("value", "[\"amc\"]", "type", "Json"));
        variables.put(
                "responseDeadline",
                Map.of(
                        "value",
                        driver.now().plusDays(10).toLocalDateTime().withNano(0).toString()));
        variables.put(
                "mainCommitteeMeetingAt",
                Map.of(
                        "value",
                        driver.now().plusDays(17).toLocalDateTime().withNano(0).toString()));
        variables.put(
                "politicalCommitteeMeetingAt",
                Map.of(
                        "value",
                        driver.now().plusDays(24).toLocalDateTime().withNano(0).toString()));
        variables.put("shortWindowJustification", Map.of("value", HearingDriver.JUSTIFICATION));

        ResponseEntity<String> response = as("karen.holm")
                .postForEntity(
                        url("/engine-rest/process-definition/key/HearingProcess/submit-form"),
                        entity(Map.of("variables", variables)),
                        String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(hearings.find(reference).orElseThrow().summary()).hasSize(9_000);
    }

    @Test
    void shouldRefuseAJustificationOverItsLimit() throws Exception {
        assertHearingRefused(
                hearing(HearingDriver.newReference()).with("shortWindowJustification", "x".repeat(3_990)),
                "shortWindowJustification");
    }

    @Test
    void shouldRefuseAnOrientationPlaceOverItsLimit() throws Exception {
        Body body = hearing(HearingDriver.newReference());
        body.with("orientationMeeting", Map.of("at", driver.now().plusDays(1).toString(), "place", "p".repeat(600)));
        assertHearingRefused(body, "orientationMeeting.place");
    }

    @Test
    void shouldRefuseAReferenceWithASlash() throws Exception {
        assertHearingRefused(hearing("BIF/2026/1"), "reference");
    }

    @Test
    void shouldRefuseAReferenceWithDots() throws Exception {
        assertHearingRefused(hearing("BIF-..-1"), "reference");
    }

    @Test
    void shouldTreatReferencesAlikeRegardlessOfCase() throws Exception {
        String reference = HearingDriver.newReference();
        assertThat(startHearing(hearing(reference.toLowerCase())).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(hearings.find(reference)).isPresent();

        ResponseEntity<String> again = startHearing(hearing(reference));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(again)).contains("reference");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .processDefinitionKey("HearingProcess")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseADeadlineFarInTheFutureAtOnce() throws Exception {
        Body body = hearing(HearingDriver.newReference())
                .with("responseDeadline", "9999-12-01T12:00")
                .with("mainCommitteeMeetingAt", "9999-12-10T12:00")
                .with("politicalCommitteeMeetingAt", "9999-12-20T12:00");
        long start = System.nanoTime();

        assertHearingRefused(body, "responseDeadline");

        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }

    @Test
    void shouldRefuseADialogueWithANullParticipantList() throws Exception {
        Body body = dialogue().with("participants", nullJobcenter());

        ResponseEntity<String> response = startDialogue(body);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).contains("participants");
    }

    @Test
    void shouldRefuseADialoguePlaceOverItsLimit() throws Exception {
        ResponseEntity<String> response = startDialogue(dialogue().with("place", "p".repeat(600)));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).contains("place");
        assertThat(response.getBody()).doesNotContain("insert", "SQL");
    }

    @Test
    void shouldRefuseAMeetingPlaceOverItsLimit() throws Exception {
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));

        ResponseEntity<String> response = submit(
                "anders.friis",
                reference,
                "Task_ScheduleMeeting",
                Map.of("meetingStart", meetingStart(3), "meetingEnd", "12:00", "meetingPlace", "p".repeat(600)));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).contains("meetingPlace");
        assertThat(response.getBody()).doesNotContain("insert", "SQL", "ENGINE-");
        assertThat(meetings.forHearing(reference)).isEmpty();
    }

    @Test
    void shouldKeepAResponseLongerThanAStringVariableHolds() throws Exception {
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        driver.scheduleMeeting(reference, "amc", "anders.friis");
        driver.recordMinutes(reference, "Task_RecordMinutes", driver.person("amc", Role.SECRETARY));
        String text = "Høringssvar. ".repeat(800);

        ResponseEntity<String> response = submit(
                driver.person("amc", Role.SECRETARY),
                reference,
                "Task_DraftResponse",
                Map.of("noRemarks", false, "responseText", text, "employeeRemarks", "Æ".repeat(5_000)));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(responses.latest(reference, "amc").orElseThrow().text()).isEqualTo(text.trim());
        assertThat(responses.latest(reference, "amc").orElseThrow().employeeRemarks())
                .hasSize(5_000);
        driver.approveJointly(reference, "amc", "Task_ApproveResponseAsChair", "Task_ApproveResponseAsViceChair");
        assertThat(responses.latest(reference, "amc").orElseThrow().submitted()).isTrue();
    }

    @Test
    void shouldAnswerABrokenRuleWithOnlyTheDanishMessageOnTheWebappsApi() throws Exception {
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        Task task = claimedMeetingTask(reference);
        WebappSession tasklist = WebappSession.login(engine, port, "anders.friis", "demo", "tasklist");
        String afterDeadline = driver.now().plusDays(16).toLocalDate().toString();

        HttpResponse<String> response = tasklist.postJson(
                "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
                "{\"variables\":{\"meetingDate\":{\"value\":\"" + afterDeadline + "\"},"
                        + "\"meetingTime\":{\"value\":\"10:00\"},\"meetingEnd\":{\"value\":\"12:00\"},"
                        + "\"meetingPlace\":{\"value\":\"Mødelokalet\"}}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        // the message is the rule alone: Tasklist shows it under its own "Opgaven blev ikke afsluttet"
        assertThat(body.get("message").asText())
                .startsWith("Mødet skal holdes før høringsfristen")
                .doesNotContain("blev ikke gemt");
        assertThat(body.get("summary").asText()).isEqualTo("Mødet blev ikke gemt");
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("meetingDate");
        assertThat(response.body()).doesNotContain("ENGINE-", "TaskListener", "dk.medhearing", "Exception");
        assertThat(meetings.forHearing(reference)).isEmpty();
    }

    @Test
    void shouldAnswerABrokenRuleWithOnlyTheDanishMessageOnEngineRest() throws Exception {
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));

        ResponseEntity<String> response = submit(
                "anders.friis",
                reference,
                "Task_ScheduleMeeting",
                Map.of("meetingStart", meetingStart(16), "meetingEnd", "12:00", "meetingPlace", "Mødelokalet"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).contains("meetingDate");
        assertThat(response.getBody()).doesNotContain("ENGINE-", "TaskListener", "dk.medhearing", "Exception");
    }

    @Test
    void shouldAnswerABodyThatIsNotJsonInDanishAndChangeNothing() {
        // given AMC's chair's meeting task
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        Task task = claimedMeetingTask(reference);

        // when a program sends a cut-off body, and one whose variables are of the wrong shape
        ResponseEntity<String> cutOff = raw("/engine-rest/task/" + task.getId() + "/submit-form", "{\"variables\":");
        ResponseEntity<String> wrongShape = raw(
                "/engine-rest/task/" + task.getId() + "/submit-form",
                "{\"variables\":{\"meetingPlace\":[\"Mødelokalet\"]}}");

        // then both are 400 in Danish, as JSON, saying where, without Jackson's words; the task is still open
        assertThat(cutOff.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(cutOff.getBody()).contains("ikke gyldig JSON", "linje 1").doesNotContain("Unexpected", "Source");
        assertThat(cutOff.getHeaders().getContentType()).isNotNull().satisfies(type -> assertThat(
                        type.isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue());
        assertThat(wrongShape.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongShape.getBody()).contains("variables.meetingPlace").doesNotContain("Cannot deserialize");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    private ResponseEntity<String> raw(String path, String body) {
        return as("anders.friis").postForEntity(url(path), jsonBody(body), String.class);
    }

    private Task claimedMeetingTask(String reference) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_ScheduleMeeting")
                .singleResult();
        as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + task.getId() + "/claim"),
                        entity(Map.of("userId", "anders.friis")),
                        String.class);
        return task;
    }

    private String meetingStart(int daysAhead) {
        return driver.now()
                .plusDays(daysAhead)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toLocalDateTime()
                .toString();
    }

    private void assertHearingRefused(Body body, String field) throws Exception {
        ResponseEntity<String> response = startHearing(body);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).contains(field);
        String reference = String.valueOf(body.get("reference"));
        assertThat(hearings.exists(reference)).isFalse();
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .count())
                .isZero();
    }

    private ResponseEntity<String> submit(String user, String reference, String taskKey, Map<String, Object> values) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey)
                .taskCandidateGroupIn(driver.groupsOf(user))
                .singleResult();
        as(user).postForEntity(
                        url("/engine-rest/task/" + task.getId() + "/claim"),
                        entity(Map.of("userId", user)),
                        String.class);
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        return as(user).postForEntity(
                        url("/engine-rest/task/" + task.getId() + "/submit-form"),
                        entity(Map.of("variables", variables)),
                        String.class);
    }

    private List<String> fields(ResponseEntity<String> response) throws Exception {
        JsonNode errors = json.readTree(response.getBody()).get("errors");
        return errors == null
                ? List.of()
                : StreamSupport.stream(errors.spliterator(), false)
                        .map(e -> e.get("field").asText())
                        .toList();
    }

    private ResponseEntity<String> startHearing(Body body) {
        return as("karen.holm").postForEntity(url("/api/hearings"), entity(body), String.class);
    }

    private ResponseEntity<String> startDialogue(Body body) {
        return as("karen.holm").postForEntity(url("/api/dialogue-meetings"), entity(body), String.class);
    }

    private Body hearing(String reference) {
        OffsetDateTime now = driver.now();
        return new Body()
                .with("reference", reference)
                .with("title", "Omlægning")
                .with("summary", "Forslag")
                .with("committees", List.of("amc"))
                .with("responseDeadline", now.plusDays(10).toString())
                .with("mainCommitteeMeetingAt", now.plusDays(17).toString())
                .with("politicalCommitteeMeetingAt", now.plusDays(24).toString())
                .with("shortWindowJustification", HearingDriver.JUSTIFICATION);
    }

    private Body dialogue() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String reference =
                random.nextInt(10, 99) + "-" + random.nextInt(100, 999) + "-" + random.nextInt(10_000, 999_999);
        return new Body()
                .with("reference", reference)
                .with("title", "Dialogmøde")
                .with(
                        "meetingAt",
                        driver.now().plusDays(5).withNano(0).toLocalDateTime().toString())
                .with("place", "Jobcentret")
                .with(
                        "participants",
                        Map.of("jobcenter", List.of("morten.binder"), "region", List.of("jan.hendeliowitz")));
    }

    private static Map<String, Object> nullJobcenter() {
        Map<String, Object> participants = new LinkedHashMap<>();
        participants.put("jobcenter", null);
        participants.put("region", List.of("jan.hendeliowitz"));
        return participants;
    }

    private static HttpEntity<Object> entity(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** A JSON body built field by field. */
    static final class Body extends LinkedHashMap<String, Object> {
        Body with(String field, Object value) {
            put(field, value);
            return this;
        }
    }
}
