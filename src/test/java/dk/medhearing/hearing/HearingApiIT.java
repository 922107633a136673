package dk.medhearing.hearing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.committee.Role;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hearing API and the engine REST API as programs and Tasklist use them. */
class HearingApiIT extends AbstractProcessTest {

    @Autowired
    ObjectMapper json;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void shouldStartAHearingOverRestAndDriveItToSubmission() throws Exception {
        // given a hearing started over REST by the administration
        String ref = HearingDriver.newReference();
        ResponseEntity<String> created = as("karen.holm")
                .postForEntity(url("/api/hearings"), jsonBody(validHearing(ref, List.of("amc"))), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/hearings/" + ref);
        driver.executeJobs(ref); // the job executor's work: the material goes out by mail
        assertThat(read(created).at("/committees/0/state").asText()).isEqualTo("AWAITING_MEETING");

        // when each task is completed through /engine-rest by the right user
        submitForm(
                "anders.friis",
                ref,
                "Task_ScheduleMeeting",
                Map.of(
                        "meetingStart",
                        driver.now()
                                .plusDays(3)
                                .withHour(10)
                                .withMinute(0)
                                .withSecond(0)
                                .withNano(0)
                                .toLocalDateTime()
                                .toString(),
                        "meetingEnd",
                        "12:00",
                        "meetingPlace",
                        "Mødelokalet ved Torvet"));
        driver.executeJobs(ref); // the invitations go out
        assertThat(status(ref).at("/committees/0/state").asText()).isEqualTo("MEETING_SCHEDULED");
        assertThat(status(ref).at("/committees/0/meeting/place").asText()).isEqualTo("Mødelokalet ved Torvet");
        driver.holdMeeting(ref, "Task_RecordMinutes", "camilla.sand"); // minutes only once the meeting has begun
        submitForm("camilla.sand", ref, "Task_RecordMinutes", Map.of());
        submitForm(
                "camilla.sand",
                ref,
                "Task_DraftResponse",
                Map.of(
                        "noRemarks",
                        false,
                        "responseText",
                        "AMC støtter forslaget.",
                        "employeeRemarks",
                        "Medarbejderne ønsker mere tid."));
        assertThat(status(ref).at("/committees/0/state").asText()).isEqualTo("AWAITING_APPROVAL");
        submitForm("anders.friis", ref, "Task_ApproveResponseAsChair", Map.of("decision", "approve"));
        submitForm("birthe.lund", ref, "Task_ApproveResponseAsViceChair", Map.of("decision", "approve"));
        driver.executeJobs(ref);
        JsonNode afterCommittee = status(ref);
        assertThat(afterCommittee.at("/committees/0/state").asText()).isEqualTo("SUBMITTED");
        assertThat(afterCommittee.at("/committees/0/submittedAt").isNull()).isFalse();
        assertThat(afterCommittee.at("/mainCommittee/state").asText()).isEqualTo("MINUTES_PENDING");

        String main = organisation.mainCommittee().id();
        driver.holdMeeting(ref, "Task_RecordMainCommitteeMinutes", driver.person(main, Role.SECRETARY));
        submitForm(
                driver.person(main, Role.SECRETARY),
                ref,
                "Task_RecordMainCommitteeMinutes",
                Map.of("meetingPlace", "Rådhuset"));
        submitForm(
                driver.person(main, Role.SECRETARY),
                ref,
                "Task_DraftConsolidatedResponse",
                Map.of("responseText", "HovedMED tilslutter sig."));
        submitForm(
                driver.person(main, Role.CHAIR), ref, "Task_ApproveConsolidatedAsChair", Map.of("decision", "approve"));
        submitForm(
                driver.person(main, Role.VICE_CHAIR),
                ref,
                "Task_ApproveConsolidatedAsViceChair",
                Map.of("decision", "approve"));
        driver.executeJobs(ref);
        assertThat(status(ref).at("/mainCommittee/state").asText()).isEqualTo("AWAITING_SUBMISSION");
        submitForm("karen.holm", ref, "Task_SubmitToPoliticalCommittee", Map.of("journalReference", "BIU-2026-99"));

        // then the API reports the hearing as submitted to the political committee
        JsonNode done = status(ref);
        assertThat(done.at("/mainCommittee/state").asText()).isEqualTo("SUBMITTED");
        assertThat(done.at("/mainCommittee/journalReference").asText()).isEqualTo("BIU-2026-99");
        assertThat(done.at("/mainCommittee/submittedBy").asText()).isEqualTo("karen.holm");
        assertThat(done.at("/committeesSubmitted").asInt()).isEqualTo(1);
        driver.executeJobs(ref); // the PDF goes to the secretariat
        // (only its case file's delivery process, CaseFileDeliveryProcess, waits on under the reference)
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(ref)
                        .processDefinitionKeyIn("HearingProcess", "CommitteeResponseProcess")
                        .count())
                .isZero();
        String page = as("karen.holm").getForObject(url("/status/" + ref), String.class);
        assertThat(page).contains("Indsendt til det politiske udvalg", "Høringssvar indsendt", "BIU-2026-99");
        assertThat(as("karen.holm").getForObject(url("/status"), String.class)).contains(ref, "1 af 1");
    }

    @Test
    void shouldListHearingsTheUserMaySee() throws Exception {
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("jki"));

        assertThat(json.readTree(as("jakob.ravn").getForObject(url("/api/hearings"), String.class))
                        .findValuesAsText("reference"))
                .contains(ref);
        assertThat(json.readTree(as("bo.juul.jensen").getForObject(url("/api/hearings"), String.class))
                        .findValuesAsText("reference"))
                .doesNotContain(ref);
        assertThat(as("bo.juul.jensen")
                        .getForEntity(url("/api/hearings/" + ref), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing reference      | reference                   | Journalnummer skal udfyldes.",
                "past deadline          | responseDeadline            | Høringsfristen skal ligge i fremtiden.",
                "HovedMED before deadline | mainCommitteeMeetingAt    | HovedMEDs møde skal ligge efter høringsfristen.",
                "committee before HovedMED | politicalCommitteeMeetingAt | Udvalgsmødet skal ligge efter HovedMEDs møde.",
                "unknown committee      | committees                  | Ukendt CenterMED 'xyz'",
                "no committee           | committees                  | Mindst ét CenterMED skal høres.",
                "unreadable date        | responseDeadline            | Høringsfristen skal være en dato og et klokkeslæt",
                "bad document link      | documentLinks               | skal være en webadresse",
                "orientation after deadline | orientationMeeting.at   | Orienteringsmødet skal ligge før høringsfristen."
            })
    void shouldRejectEachBrokenRule(String rule, String field, String message) throws Exception {
        // given a hearing that breaks one rule
        String ref = HearingDriver.newReference();
        Map<String, Object> body = validHearing(ref, List.of("amc"));
        OffsetDateTime now = driver.now();
        switch (rule.trim()) {
            case "missing reference" -> body.remove("reference");
            case "past deadline" ->
                body.put("responseDeadline", now.minusDays(1).toString());
            case "HovedMED before deadline" ->
                body.put("mainCommitteeMeetingAt", now.plusDays(5).toString());
            case "committee before HovedMED" ->
                body.put("politicalCommitteeMeetingAt", now.plusDays(11).toString());
            case "unknown committee" -> body.put("committees", List.of("amc", "xyz"));
            case "no committee" -> body.put("committees", List.of());
            case "unreadable date" -> body.put("responseDeadline", "næste fredag");
            case "bad document link" -> body.put("documentLinks", List.of("ftp://example.org/x"));
            case "orientation after deadline" ->
                body.put("orientationMeeting", Map.of("at", now.plusDays(16).toString(), "place", "Rådhuset"));
            default -> throw new IllegalArgumentException(rule);
        }

        // when it is started over REST
        ResponseEntity<String> response =
                as("karen.holm").postForEntity(url("/api/hearings"), jsonBody(body), String.class);

        // then it is refused with the rule named, and nothing was started
        assertRefusedAndNothingStarted(response, ref, field.trim(), message.trim());
    }

    @Test
    void shouldRejectADeadlineOnThePastWeekendThatWouldRollForwardIntoTheFuture() throws Exception {
        // given it is a Sunday, just after midnight in Copenhagen, and the deadline typed is Saturday's
        OffsetDateTime sunday = driver.now()
                .atZoneSameInstant(HearingDriver.ZONE)
                .with(TemporalAdjusters.next(DayOfWeek.SUNDAY))
                .withHour(0)
                .withMinute(20)
                .toOffsetDateTime();
        driver.moveClockTo(sunday);
        String ref = HearingDriver.newReference();
        Map<String, Object> body = validHearing(ref, List.of("amc"));
        body.put("responseDeadline", sunday.minusDays(1).toString());
        body.remove("orientationMeeting");

        // when it is started (a deadline on a day off moves to the next working day, here Monday)
        ResponseEntity<String> response =
                as("karen.holm").postForEntity(url("/api/hearings"), jsonBody(body), String.class);

        // then the deadline as typed is in the past, and that is what the user is told
        assertRefusedAndNothingStarted(response, ref, "responseDeadline", "Høringsfristen skal ligge i fremtiden.");
    }

    private void assertRefusedAndNothingStarted(
            ResponseEntity<String> response, String ref, String field, String message) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = read(response).get("errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("field").asText()).isEqualTo(field);
            assertThat(e.get("message").asText()).contains(message);
        });
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(ref)
                        .count())
                .isZero();
    }

    @Test
    void shouldRejectADuplicateReference() throws Exception {
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc"));

        ResponseEntity<String> response = as("karen.holm")
                .postForEntity(url("/api/hearings"), jsonBody(validHearing(ref, List.of("amc"))), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("er allerede brugt af en anden høring");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(ref)
                        .processDefinitionKey("HearingProcess")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void shouldRejectTheTasklistStartFormWithTheSameRules() {
        // given the start form submitted as Tasklist does, with a deadline in the past
        String ref = HearingDriver.newReference();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("reference", Map.of("value", ref));
        variables.put("title", Map.of("value", "Forslag"));
        variables.put(
                "responseDeadline",
                Map.of(
                        "value",
                        driver.now().minusDays(1).toLocalDateTime().withNano(0).toString()));
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

        // when it is submitted
        ResponseEntity<String> response = as("karen.holm")
                .postForEntity(
                        url("/engine-rest/process-definition/key/HearingProcess/submit-form"),
                        jsonBody(Map.of("variables", variables, "businessKey", ref)),
                        String.class);

        // then Tasklist gets a 400 with the Danish message and no hearing exists
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Høringsfristen skal ligge i fremtiden.");
        assertThat(as("karen.holm")
                        .getForEntity(url("/api/hearings/" + ref), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldStartFromTheTasklistStartForm() {
        String ref = HearingDriver.newReference();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("reference", Map.of("value", ref));
        variables.put("title", Map.of("value", "Forslag fra start-formularen"));
        variables.put("committees", Map.of("value", "[\"amc\",\"ckb\"]", "type", "Json"));
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
                        jsonBody(Map.of("variables", variables)),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        driver.executeJobs(ref);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(ref)
                        .taskDefinitionKey("Task_ScheduleMeeting")
                        .count())
                .isEqualTo(2);
    }

    @Test
    void shouldStartFromTheStartFormsSeparateDateAndTimeFields() throws Exception {
        // given the start form as Tasklist submits it: each date-time as a date field and a time field
        String ref = HearingDriver.newReference();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("reference", Map.of("value", ref));
        variables.put("title", Map.of("value", "Forslag med dato- og tidsfelter"));
        variables.put("committees", Map.of("value", "[\"amc\"]", "type", "Json"));
        putDateAndTime(variables, "responseDeadline", driver.now().plusDays(10), "12:00");
        putDateAndTime(variables, "orientationMeeting", driver.now().plusDays(1), "14:00");
        variables.put("orientationMeetingPlace", Map.of("value", "Store mødesal"));
        putDateAndTime(variables, "mainCommitteeMeeting", driver.now().plusDays(17), "10:00");
        putDateAndTime(variables, "politicalCommitteeMeeting", driver.now().plusDays(24), "16:00");
        variables.put("shortWindowJustification", Map.of("value", HearingDriver.JUSTIFICATION));

        // when it is submitted
        ResponseEntity<String> response = as("karen.holm")
                .postForEntity(
                        url("/engine-rest/process-definition/key/HearingProcess/submit-form"),
                        jsonBody(Map.of("variables", variables)),
                        String.class);

        // then the hearing runs with the deadline at the chosen local time, and the form fields are gone
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        driver.executeJobs(ref);
        String status = as("karen.holm").getForObject(url("/api/hearings/" + ref), String.class);
        // (a deadline on a day off moves to the next working day at the same time)
        OffsetDateTime deadline = OffsetDateTime.parse(
                json.readTree(status).get("responseDeadline").asText());
        assertThat(deadline.toInstant())
                .isEqualTo(calendar.rollForward(driver.now().plusDays(10).toLocalDate())
                        .atTime(12, 0)
                        .atZone(HearingDriver.ZONE)
                        .toInstant());
        String instanceId = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(ref)
                .processDefinitionKey("HearingProcess")
                .singleResult()
                .getId();
        assertThat(engine.getRuntimeService().getVariables(instanceId))
                .doesNotContainKeys(
                        "responseDeadlineDate",
                        "responseDeadlineTime",
                        "mainCommitteeMeetingDate",
                        "politicalCommitteeMeetingTime");
    }

    @Test
    void shouldNameTheDeadlineWhenTheStartFormSendsADateWithoutATime() {
        // given a deadline date without its time
        String ref = HearingDriver.newReference();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("reference", Map.of("value", ref));
        variables.put("title", Map.of("value", "Forslag"));
        variables.put(
                "responseDeadlineDate",
                Map.of("value", driver.now().plusDays(10).toLocalDate().toString()));
        putDateAndTime(variables, "mainCommitteeMeeting", driver.now().plusDays(17), "10:00");
        putDateAndTime(variables, "politicalCommitteeMeeting", driver.now().plusDays(24), "16:00");

        // when it is submitted
        ResponseEntity<String> response = as("karen.holm")
                .postForEntity(
                        url("/engine-rest/process-definition/key/HearingProcess/submit-form"),
                        jsonBody(Map.of("variables", variables, "businessKey", ref)),
                        String.class);

        // then the answer is 400 naming the deadline, and nothing was started
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Høringsfristen skal være en dato og et klokkeslæt");
        assertThat(as("karen.holm")
                        .getForEntity(url("/api/hearings/" + ref), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static void putDateAndTime(Map<String, Object> variables, String name, OffsetDateTime day, String time) {
        variables.put(name + "Date", Map.of("value", day.toLocalDate().toString()));
        variables.put(name + "Time", Map.of("value", time));
    }

    @Test
    void shouldRefuseToStartForCommitteeMembers() {
        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/api/hearings"),
                        jsonBody(validHearing(HearingDriver.newReference(), List.of("amc"))),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldRejectAMeetingAfterTheDeadlineWithTheFieldNamed() throws Exception {
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc"));

        ResponseEntity<String> response = submitFormRaw(
                "anders.friis",
                ref,
                "Task_ScheduleMeeting",
                Map.of(
                        "meetingStart",
                        driver.now().plusDays(16).withNano(0).toLocalDateTime().toString(),
                        "meetingPlace",
                        "Mødelokalet"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(response).get("message").asText()).contains("Mødet skal holdes før høringsfristen");
    }

    private Map<String, Object> validHearing(String ref, List<String> committees) {
        OffsetDateTime now = driver.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", ref);
        body.put("title", "Omlægning af beskæftigelsesindsatsen");
        body.put("summary", "Forvaltningens forslag");
        body.put("documentLinks", List.of("https://example.org/forslag.pdf"));
        body.put("committees", committees);
        body.put("responseDeadline", now.plusDays(10).toString());
        body.put("orientationMeeting", Map.of("at", now.plusDays(1).toString(), "place", "Store mødesal"));
        body.put("mainCommitteeMeetingAt", now.plusDays(17).toString());
        body.put("politicalCommitteeMeetingAt", now.plusDays(24).toString());
        body.put("shortWindowJustification", HearingDriver.JUSTIFICATION);
        return body;
    }

    private void submitForm(String user, String ref, String taskKey, Map<String, Object> values) throws Exception {
        ResponseEntity<String> response = submitFormRaw(user, ref, taskKey, values);
        assertThat(response.getStatusCode())
                .as(taskKey + ": " + response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** As Tasklist: find the task visible to the user, claim it, submit its form. */
    private ResponseEntity<String> submitFormRaw(String user, String ref, String taskKey, Map<String, Object> values)
            throws Exception {
        JsonNode tasks = json.readTree(as(user).getForObject(
                        url("/engine-rest/task?processInstanceBusinessKey=" + ref + "&taskDefinitionKey=" + taskKey),
                        String.class));
        assertThat(tasks.size()).as("tasks " + taskKey + " visible to " + user).isEqualTo(1);
        String taskId = tasks.get(0).get("id").asText();
        as(user).postForEntity(
                        url("/engine-rest/task/" + taskId + "/claim"), jsonBody(Map.of("userId", user)), String.class);
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        return as(user).postForEntity(
                        url("/engine-rest/task/" + taskId + "/submit-form"),
                        jsonBody(Map.of("variables", variables)),
                        String.class);
    }

    private JsonNode status(String ref) throws Exception {
        return json.readTree(as("admin").getForObject(url("/api/hearings/" + ref), String.class));
    }

    private JsonNode read(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    private HttpEntity<Object> jsonBody(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
