package dk.medhearing.formguard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.committee.Role;
import dk.medhearing.dialogue.DialogueService;
import dk.medhearing.dialogue.DialogueVariables;
import dk.medhearing.hearing.HearingInput;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.DialogueDriver;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A control character in any free-text field of any form or API body is refused with a 400 naming the field, in
 * Danish, and changes nothing; a line break is refused in a single-line field. Task forms are submitted through
 * {@code /engine-rest} as the user whose task it is, each hearing or meeting driven once to the task.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlCharacterIT extends AbstractProcessTest {

    private static final String CONTROL = "Tekst med \u0001 kontroltegn";
    private static final String ESCAPE = "Tekst med \u001B[31m escape";
    private static final String LINE_BREAK = "Første linje\r\nBcc: ondsindet@example.org";

    @Autowired
    TaskService taskService;

    @Autowired
    DialogueService dialogueService;

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> stages = new HashMap<>();
    private DialogueDriver dialogue;

    @BeforeEach
    void setUpDialogue() {
        dialogue = new DialogueDriver(driver, dialogueService);
    }

    /** One free-text field of a task's form: the stage that reaches the task, who does it, single-line or not. */
    record Field(String stage, String taskKey, String user, String field, boolean singleLine) {
        @Override
        public String toString() {
            return taskKey + "." + field;
        }
    }

    Stream<Field> taskFormFields() {
        String main = organisation.mainCommittee().id();
        String amcChair = person("amc", Role.CHAIR);
        String amcSecretary = person("amc", Role.SECRETARY);
        String mainSecretary = person(main, Role.SECRETARY);
        return Stream.of(
                new Field("amc-schedule", "Task_ScheduleMeeting", amcChair, "meetingPlace", true),
                new Field("amc-minutes", "Task_RecordMinutes", amcSecretary, "meetingPlace", true),
                new Field("amc-minutes", "Task_RecordMinutes", amcSecretary, "meetingChair", true),
                new Field("amc-minutes", "Task_RecordMinutes", amcSecretary, "minuteTaker", true),
                new Field("amc-minutes", "Task_RecordMinutes", amcSecretary, "managementAttendees", false),
                new Field("amc-minutes", "Task_RecordMinutes", amcSecretary, "employeeAttendees", false),
                new Field("amc-minutes", "Task_RecordMinutes", amcSecretary, "absentees", false),
                new Field("amc-minutes", "Task_RecordMinutes", amcSecretary, "discussion", false),
                new Field("amc-draft", "Task_DraftResponse", amcSecretary, "responseText", false),
                new Field("amc-draft", "Task_DraftResponse", amcSecretary, "employeeRemarks", false),
                new Field("amc-approval", "Task_ApproveResponseAsChair", amcChair, "approvalComment", false),
                new Field("embargo", "Task_ConfirmStaffBriefed", amcChair, "briefingNote", false),
                new Field("main-minutes", "Task_RecordMainCommitteeMinutes", mainSecretary, "meetingPlace", true),
                new Field("main-minutes", "Task_RecordMainCommitteeMinutes", mainSecretary, "meetingChair", true),
                new Field("main-minutes", "Task_RecordMainCommitteeMinutes", mainSecretary, "discussion", false),
                new Field("main-draft", "Task_DraftConsolidatedResponse", mainSecretary, "responseText", false),
                new Field("main-draft", "Task_DraftConsolidatedResponse", mainSecretary, "employeeRemarks", false),
                new Field(
                        "main-approval",
                        "Task_ApproveConsolidatedAsChair",
                        person(main, Role.CHAIR),
                        "approvalComment",
                        false),
                new Field("submission", "Task_SubmitToPoliticalCommittee", "karen.holm", "journalReference", true),
                new Field("agenda", "Task_DraftAgenda", DialogueDriver.HOST, "agendaItems", false),
                new Field("status-note", "Task_WriteStatusNote", DialogueDriver.HOST, "statusNoteText", false),
                new Field("status-note", "Task_WriteStatusNote", DialogueDriver.HOST, "statusNoteLink", true),
                new Field("dialogue-minutes", "Task_RecordMinutes", DialogueDriver.HOST, "minutesText", false),
                new Field("dialogue-minutes", "Task_RecordMinutes", DialogueDriver.HOST, "followUpLines", false),
                new Field(
                        "dialogue-approval", "Task_ApproveMinutes", DialogueDriver.JOBCENTER, "approvalComment", false),
                new Field("follow-up", "Task_CloseFollowUp", DialogueDriver.JOBCENTER, "outcome", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taskFormFields")
    void shouldRefuseAControlCharacterInEveryTaskFormField(Field field) throws Exception {
        // given the task, open for its user
        String ref = stage(field.stage());

        // when the user submits the field with a control character (and, for a single-line field, a line break)
        ResponseEntity<String> control =
                submit(field.user(), ref, field.taskKey(), Map.of(field.field(), value(CONTROL)));
        ResponseEntity<String> escape =
                submit(field.user(), ref, field.taskKey(), Map.of(field.field(), value(ESCAPE)));

        // then each is a 400 naming the field in Danish, and the task is still open
        assertRefused(control, field.field(), "kontroltegn");
        assertRefused(escape, field.field(), "kontroltegn");
        if (field.singleLine()) {
            assertRefused(
                    submit(field.user(), ref, field.taskKey(), Map.of(field.field(), value(LINE_BREAK))),
                    field.field(),
                    "én linje");
        }
        assertThat(openTask(ref, field.taskKey(), field.user())).isNotNull();
    }

    @Test
    void shouldRefuseAControlCharacterInsideTheApiRowsOfTheDialogueMinutes() throws Exception {
        // given the minutes task of a held meeting
        String ref = stage("dialogue-minutes");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("discussion", CONTROL);
        row.put("decisions", "");
        Map<String, Object> followUp = DialogueDriver.followUp(
                "Send opgørelsen",
                "jobcenter",
                DialogueDriver.JOBCENTER,
                LocalDate.now(HearingDriver.ZONE).plusDays(30),
                false);
        Map<String, Object> badPerson = new LinkedHashMap<>(followUp);
        badPerson.put("responsiblePerson", "Morten Binder\nBcc: ondsindet@example.org");
        Map<String, Object> badDescription = new LinkedHashMap<>(followUp);
        badDescription.put("description", "Send\u0007opgørelsen");

        // when the rows carry a control character, or a responsible person on two lines
        ResponseEntity<String> minutes = submit(
                DialogueDriver.HOST,
                ref,
                "Task_RecordMinutes",
                Map.of(DialogueVariables.MINUTES, jsonValue(List.of(row))));
        ResponseEntity<String> description = submit(
                DialogueDriver.HOST,
                ref,
                "Task_RecordMinutes",
                Map.of(DialogueVariables.FOLLOW_UP_ACTIONS, jsonValue(List.of(badDescription))));
        ResponseEntity<String> person = submit(
                DialogueDriver.HOST,
                ref,
                "Task_RecordMinutes",
                Map.of(
                        DialogueVariables.MINUTES,
                        jsonValue(validMinutes()),
                        DialogueVariables.FOLLOW_UP_ACTIONS,
                        jsonValue(List.of(badPerson))));

        // then each is a 400 naming the field
        assertRefused(minutes, DialogueVariables.MINUTES, "kontroltegn");
        assertRefused(description, DialogueVariables.FOLLOW_UP_ACTIONS, "kontroltegn");
        assertRefused(person, "followUpActions[0].responsiblePerson", "én linje");
        assertThat(openTask(ref, "Task_RecordMinutes", DialogueDriver.HOST)).isNotNull();
    }

    @Test
    void shouldRefuseAJournalReferenceLongerThanItsColumn() throws Exception {
        // given the hearing awaiting its submission to the political committee
        String ref = stage("submission");

        // when the administration submits a 302-character journal reference
        ResponseEntity<String> response = submit(
                "karen.holm",
                ref,
                "Task_SubmitToPoliticalCommittee",
                Map.of("journalReference", value("J".repeat(302))));

        // then it is a Danish 400 naming the field, not a 500, and the task is still open
        assertRefused(response, "journalReference", "højst være 128 tegn");
        assertThat(openTask(ref, "Task_SubmitToPoliticalCommittee", "karen.holm"))
                .isNotNull();
    }

    @Test
    void shouldRefuseAControlCharacterInATaskVariableUpdate() throws Exception {
        // given AMC's chair's meeting task
        String ref = stage("amc-schedule");
        String user = person("amc", Role.CHAIR);
        Task task = openTask(ref, "Task_ScheduleMeeting", user);

        // when the chair sets the form's place as a task variable instead of submitting the form
        ResponseEntity<String> response = as(user).exchange(
                        url("/engine-rest/task/" + task.getId() + "/variables/meetingPlace"),
                        HttpMethod.PUT,
                        entity(value(CONTROL)),
                        String.class);

        // then it is refused as well
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("kontroltegn");
    }

    /** One free-text field of an API body or a start form; {@code field} as the 400 names it. */
    record BodyField(String path, String field, boolean singleLine) {
        @Override
        public String toString() {
            return path + " " + field;
        }
    }

    static Stream<BodyField> apiFields() {
        return Stream.of("/api/hearings", "/api/hearings/schedule")
                .flatMap(path -> Stream.of(
                        new BodyField(path, "reference", true),
                        new BodyField(path, "title", true),
                        new BodyField(path, "summary", false),
                        new BodyField(path, "documentLinks", true),
                        new BodyField(path, "shortWindowJustification", false),
                        new BodyField(path, "orientationMeeting.place", true)))
                .collect(Collectors.collectingAndThen(
                        Collectors.toList(),
                        list -> Stream.concat(
                                list.stream(),
                                Stream.of(
                                        new BodyField("/api/dialogue-meetings", "reference", true),
                                        new BodyField("/api/dialogue-meetings", "title", true),
                                        new BodyField("/api/dialogue-meetings", "place", true)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiFields")
    void shouldRefuseAControlCharacterInEveryApiField(BodyField field) throws Exception {
        // given a valid body for the endpoint
        // when one field holds a control character (and, for a single-line field, a line break)
        ResponseEntity<String> control = post(field, CONTROL);

        // then each is refused naming the field (the schedule preview lists it among its violations)
        assertRefused(control, field.field(), "kontroltegn");
        if (field.singleLine()) {
            assertRefused(post(field, LINE_BREAK), field.field(), "én linje");
        }
    }

    static Stream<BodyField> startFormFields() {
        return Stream.of(
                new BodyField("HearingProcess", "reference", true),
                new BodyField("HearingProcess", "title", true),
                new BodyField("HearingProcess", "summary", false),
                new BodyField("HearingProcess", "documentLinks", false),
                new BodyField("HearingProcess", "shortWindowJustification", false),
                new BodyField("HearingProcess", "orientationMeetingPlace", true),
                new BodyField("DialogueMeetingProcess", "reference", true),
                new BodyField("DialogueMeetingProcess", "title", true),
                new BodyField("DialogueMeetingProcess", "place", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("startFormFields")
    void shouldRefuseAControlCharacterInEveryStartFormField(BodyField field) throws Exception {
        // given the start form's values, one field with a control character (and a line break where single-line)
        Map<String, Object> values = startForm(field.path());
        String reference = String.valueOf(((Map<?, ?>) values.get("reference")).get("value"));
        values.put(field.field(), value(CONTROL));

        // when the administrator submits the start form through the engine's REST API
        ResponseEntity<String> control = startForm(field.path(), values);

        // then it is a 400 naming the field by its form's label, and no process was started
        assertRefused(control, field.field(), "kontroltegn");
        if (field.singleLine()) {
            values.put(field.field(), value(LINE_BREAK));
            assertRefused(startForm(field.path(), values), field.field(), "én linje");
        }
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .count())
                .isZero();
    }

    private ResponseEntity<String> post(BodyField field, String bad) {
        Map<String, Object> body = field.path().startsWith("/api/dialogue") ? dialogueBody() : hearingBody();
        switch (field.field()) {
            case "documentLinks" -> body.put("documentLinks", List.of("https://example.org/a.pdf", bad));
            case "orientationMeeting.place" ->
                body.put(
                        "orientationMeeting",
                        Map.of("at", driver.now().plusDays(1).toString(), "place", bad));
            default -> body.put(field.field(), bad);
        }
        return as("karen.holm").postForEntity(url(field.path()), entity(body), String.class);
    }

    private Map<String, Object> hearingBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", HearingDriver.newReference());
        body.put("title", "Omlægning");
        body.put("summary", "Forslag\n\nmed to afsnit\tog tab");
        body.put("committees", List.of("amc"));
        body.put("responseDeadline", driver.now().plusDays(10).toString());
        body.put("mainCommitteeMeetingAt", driver.now().plusDays(17).toString());
        body.put("politicalCommitteeMeetingAt", driver.now().plusDays(24).toString());
        body.put("shortWindowJustification", HearingDriver.JUSTIFICATION);
        return body;
    }

    private Map<String, Object> dialogueBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", DialogueDriver.newReference());
        body.put("title", "Dialogmøde");
        body.put(
                "meetingAt",
                driver.now().plusDays(5).withNano(0).toLocalDateTime().toString());
        body.put("place", "Jobcentret");
        body.put("participants", Map.of("jobcenter", List.of("morten.binder"), "region", List.of("jan.hendeliowitz")));
        return body;
    }

    private Map<String, Object> startForm(String process) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (process.equals("HearingProcess")) {
            values.put("reference", value(HearingDriver.newReference()));
            values.put("title", value("Forslag fra start-formularen"));
            values.put("summary", value("Resumé"));
            values.put("committees", Map.of("value", "[\"amc\"]", "type", "Json"));
            values.put(
                    "responseDeadline",
                    value(driver.now()
                            .plusDays(10)
                            .toLocalDateTime()
                            .withNano(0)
                            .toString()));
            values.put(
                    "mainCommitteeMeetingAt",
                    value(driver.now()
                            .plusDays(17)
                            .toLocalDateTime()
                            .withNano(0)
                            .toString()));
            values.put(
                    "politicalCommitteeMeetingAt",
                    value(driver.now()
                            .plusDays(24)
                            .toLocalDateTime()
                            .withNano(0)
                            .toString()));
            values.put("shortWindowJustification", value(HearingDriver.JUSTIFICATION));
        } else {
            values.put("reference", value(DialogueDriver.newReference()));
            values.put("title", value("Dialogmøde"));
            values.put(
                    "meetingDate", value(driver.now().plusDays(5).toLocalDate().toString()));
            values.put("meetingTime", value("10:00"));
            values.put("place", value("Jobcentret"));
            values.put("participants", Map.of("value", "[\"morten.binder\",\"jan.hendeliowitz\"]", "type", "Json"));
        }
        return values;
    }

    private ResponseEntity<String> startForm(String process, Map<String, Object> values) {
        return as("karen.holm")
                .postForEntity(
                        url("/engine-rest/process-definition/key/" + process + "/submit-form"),
                        entity(Map.of("variables", values)),
                        String.class);
    }

    /** The business key of a hearing or meeting driven to the stage's task (driven once per class). */
    private String stage(String name) {
        return stages.computeIfAbsent(name, this::drive);
    }

    private String drive(String stage) {
        String main = organisation.mainCommittee().id();
        Supplier<String> hearing = () -> {
            String ref = HearingDriver.newReference();
            driver.start(ref, List.of("amc"));
            return ref;
        };
        switch (stage) {
            case "amc-schedule" -> {
                return hearing.get();
            }
            case "amc-minutes", "amc-draft", "amc-approval" -> {
                String ref = hearing.get();
                driver.scheduleMeeting(ref, "amc", person("amc", Role.CHAIR));
                if (!stage.equals("amc-minutes")) {
                    driver.recordMinutes(ref, "Task_RecordMinutes", person("amc", Role.SECRETARY));
                }
                if (stage.equals("amc-approval")) {
                    driver.draft(ref, "Task_DraftResponse", person("amc", Role.SECRETARY), "Svar.", null);
                }
                return ref;
            }
            case "embargo" -> {
                String ref = HearingDriver.newReference();
                HearingInput plain = HearingDriver.input(ref, List.of("amc"));
                HearingInput embargoed = new HearingInput(
                        plain.reference(),
                        plain.title(),
                        plain.summary(),
                        plain.documentLinks(),
                        plain.committees(),
                        plain.responseDeadline(),
                        plain.orientationMeeting(),
                        plain.mainCommitteeMeetingAt(),
                        plain.politicalCommitteeMeetingAt(),
                        plain.shortWindowJustification(),
                        driver.now().plusDays(2).toString());
                driver.as("karen.holm", () -> hearingService.start(embargoed, "karen.holm"));
                driver.executeJobs(ref);
                return ref;
            }
            case "main-minutes", "main-draft", "main-approval", "submission" -> {
                String ref = hearing.get();
                driver.respond(ref, "amc", "AMC's svar.", null);
                if (stage.equals("submission")) {
                    driver.mainCommitteeResponds(ref, "HovedMEDs svar.");
                    return ref;
                }
                if (!stage.equals("main-minutes")) {
                    driver.recordMainCommitteeMinutes(ref);
                }
                if (stage.equals("main-approval")) {
                    driver.draft(
                            ref,
                            "Task_DraftConsolidatedResponse",
                            person(main, Role.SECRETARY),
                            "HovedMEDs svar.",
                            null);
                }
                return ref;
            }
            default -> {
                return dialogueAt(stage);
            }
        }
    }

    private String dialogueAt(String stage) {
        String ref = DialogueDriver.newReference();
        dialogue.start(ref);
        if (stage.equals("agenda")) {
            return ref;
        }
        if (stage.equals("status-note")) {
            driver.complete(
                    ref,
                    "Task_DraftAgenda",
                    DialogueDriver.HOST,
                    Map.of(DialogueVariables.AGENDA_ITEMS, "Arbejdskraftreserven"));
            return ref;
        }
        dialogue.prepare(ref);
        dialogue.holdMeeting(ref, dialogue.meetingAt());
        if (stage.equals("dialogue-minutes")) {
            return ref;
        }
        dialogue.recordMinutes(
                ref,
                List.of(DialogueDriver.followUp(
                        "Send opgørelsen",
                        "jobcenter",
                        DialogueDriver.JOBCENTER,
                        LocalDate.now(HearingDriver.ZONE).plusDays(30),
                        false)));
        if (stage.equals("follow-up")) {
            dialogue.approveByBoth(ref);
        }
        return ref;
    }

    private static List<Map<String, Object>> validMinutes() {
        return DialogueDriver.AGENDA.stream()
                .map(title -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("discussion", "Drøftet.");
                    item.put("decisions", "");
                    return item;
                })
                .toList();
    }

    private String person(String committee, Role role) {
        return organisation.requireUnit(committee).membersWith(role).get(0).id();
    }

    private Task openTask(String reference, String taskKey, String user) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey)
                .taskCandidateGroupIn(driver.groupsOf(user))
                .includeAssignedTasks()
                .list()
                .stream()
                .findFirst()
                .orElse(null);
    }

    private ResponseEntity<String> submit(String user, String reference, String taskKey, Map<String, Object> values) {
        Task task = openTask(reference, taskKey, user);
        assertThat(task).as("open task " + taskKey + " for " + user).isNotNull();
        as(user).postForEntity(
                        url("/engine-rest/task/" + task.getId() + "/claim"),
                        entity(Map.of("userId", user)),
                        String.class);
        return as(user).postForEntity(
                        url("/engine-rest/task/" + task.getId() + "/submit-form"),
                        entity(Map.of("variables", values)),
                        String.class);
    }

    private void assertRefused(ResponseEntity<String> response, String field, String rule) throws Exception {
        JsonNode body = json.readTree(response.getBody());
        boolean preview = body.has("violations");
        assertThat(response.getStatusCode())
                .as(response.getBody())
                .isEqualTo(preview ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        assertThat(!preview || !body.get("valid").asBoolean()).isTrue();
        JsonNode errors = body.get(preview ? "violations" : "errors");
        assertThat(errors).as(response.getBody()).isNotNull();
        assertThat(StreamSupport.stream(errors.spliterator(), false)
                        .filter(e -> e.get("field").asText().equals(field))
                        .map(e -> e.get("message").asText()))
                .as(response.getBody())
                .anySatisfy(message -> assertThat(message).contains(rule));
        assertThat(response.getBody()).doesNotContain("ENGINE-", "Exception");
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    private Map<String, Object> jsonValue(Object value) throws Exception {
        return Map.of("value", json.writeValueAsString(value), "type", "Json");
    }

    private static HttpEntity<Object> entity(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
