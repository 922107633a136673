package dk.medhearing.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.committee.Role;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process follows the meeting: "Registrér referat" exists before the meeting, but completing it earlier is
 * refused with a Danish 400 saying when (the engine clock decides); from the meeting's start it is accepted. Through
 * {@code /engine-rest} as Tasklist's minute-taker does it.
 */
class MinutesAfterMeetingIT extends AbstractProcessTest {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    MinutesRepository minutes;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    ParticipationRepository participations;

    @Autowired
    HearingRecords hearings;

    @Test
    void aCentreCommitteesMinutesBeforeItsMeetingAreRefusedWithTheDanishReasonAndAcceptedOnceItHasBegun()
            throws Exception {
        // given AMC's meeting on a known day at 14.00, and its minute-taker's task open before it
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        OffsetDateTime start = driver.now()
                .plusDays(4)
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        driver.complete(
                reference,
                "Task_ScheduleMeeting",
                driver.person("amc", Role.CHAIR),
                Map.of(
                        "meetingStart",
                        start.toLocalDateTime().toString(),
                        "meetingEnd",
                        "16:00",
                        "meetingPlace",
                        "Mødelokalet ved Torvet"));
        driver.executeJobs(reference);
        String secretary = driver.person("amc", Role.SECRETARY);
        Task task = driver.task(reference, "Task_RecordMinutes", "amc-secretary");
        assertThat(task).isNotNull();

        // when the minute-taker submits the minutes a minute before the meeting begins
        driver.moveClockTo(start.minusMinutes(1));
        ResponseEntity<String> early = submitMinutes(secretary, task, "Mødelokalet ved Torvet");

        // then it is refused in Danish, naming when, and nothing is recorded
        assertThat(early.getStatusCode().value()).as(early.getBody()).isEqualTo(400);
        assertThat(json.readTree(early.getBody()).get("message").asText())
                .isEqualTo("Referatet kan først registreres, når mødet er begyndt: " + DateTimes.danish(start) + ".");
        assertThat(json.readTree(early.getBody()).get("summary").asText()).isEqualTo("Referatet blev ikke gemt");
        assertThat(DateTimes.danish(start)).endsWith("kl. 14.00");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isEqualTo(1);
        assertThat(minutes.find(reference, "amc")).isEmpty();
        assertThat(participations.forHearing(reference))
                .singleElement()
                .extracting(Participation::state)
                .isEqualTo(CommitteeState.MEETING_SCHEDULED);

        // when the engine clock reaches the meeting's start and the same minutes are submitted again
        driver.moveClockTo(start);
        ResponseEntity<String> held = submitMinutes(secretary, task, "Mødelokalet ved Torvet");

        // then they are recorded and the committee drafts its response
        assertThat(held.getStatusCode().value()).as(held.getBody()).isEqualTo(204);
        assertThat(minutes.find(reference, "amc")).isPresent();
        assertThat(driver.task(reference, "Task_DraftResponse", "amc-secretary"))
                .isNotNull();
    }

    @Test
    void hovedMedsMinutesWaitForTheHearingsPlannedMeeting() throws Exception {
        // given a hearing whose only CenterMED has responded and whose deadline has passed: HovedMED's minutes are due
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        driver.respond(reference, "amc", "AMC støtter forslaget.", null);
        OffsetDateTime mainMeeting = hearings.mainMeetingAt(reference).orElseThrow();
        driver.moveClockTo(mainMeeting.minusHours(3));
        driver.executeJobs(reference);
        String main = organisation.mainCommittee().id();
        Task task = driver.task(reference, "Task_RecordMainCommitteeMinutes", main + "-secretary");
        assertThat(task).isNotNull();

        // when HovedMED's minute-taker submits before the meeting
        ResponseEntity<String> early = submitMinutes(driver.person(main, Role.SECRETARY), task, "Rådhuset, mødesal 2");

        // then it is refused, naming the meeting's time
        assertThat(early.getStatusCode().value()).as(early.getBody()).isEqualTo(400);
        assertThat(json.readTree(early.getBody()).get("message").asText())
                .contains("Referatet kan først registreres, når mødet er begyndt: " + DateTimes.danish(mainMeeting)
                        + ".");
        assertThat(minutes.find(reference, main)).isEmpty();

        // when the meeting has begun
        driver.moveClockTo(mainMeeting.plusMinutes(5));
        ResponseEntity<String> held = submitMinutes(driver.person(main, Role.SECRETARY), task, "Rådhuset, mødesal 2");

        // then the minutes are recorded
        assertThat(held.getStatusCode().value()).as(held.getBody()).isEqualTo(204);
        assertThat(minutes.find(reference, main)).isPresent();
    }

    @Test
    void theStatusApiShowsNoResponseBeforeItsMeetingEvenInOlderRecords() throws Exception {
        // given AMC's response submitted, and a record (from before the rule) whose meeting lies after it
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        driver.respond(reference, "amc", "AMC støtter forslaget.", null);
        Meeting held = meetings.find(reference, "amc").orElseThrow();
        OffsetDateTime later = driver.now()
                .plusDays(2)
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        meetings.save(new Meeting(
                reference, "amc", later, later.plusHours(2), held.place(), held.scheduledBy(), held.scheduledAt()));

        // when the administration reads the hearing before that meeting
        JsonNode before = committee(reference);

        // then the response is not shown: the committee has a meeting called
        assertThat(before.get("state").asText()).isEqualTo("MEETING_SCHEDULED");
        assertThat(before.get("stateLabel").asText()).isEqualTo("Møde indkaldt");
        assertThat(before.get("submittedAt").isNull()).isTrue();
        assertThat(before.get("noRemarks").isNull()).isTrue();

        // and once the meeting has begun it is
        driver.moveClockTo(later);
        JsonNode after = committee(reference);
        assertThat(after.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(after.get("submittedAt").isNull()).isFalse();
    }

    private JsonNode committee(String reference) throws Exception {
        ResponseEntity<String> answer = as("karen.holm").getForEntity(url("/api/hearings/" + reference), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody()).get("committees").get(0);
    }

    private ResponseEntity<String> submitMinutes(String user, Task task, String place) {
        String path = "/engine-rest/task/" + task.getId();
        as(user).postForEntity(url(path + "/claim"), jsonBody("{\"userId\":\"" + user + "\"}"), String.class);
        return as(user).postForEntity(
                        url(path + "/submit-form"),
                        jsonBody("{\"variables\":{\"meetingPlace\":{\"value\":\"" + place + "\"}}}"),
                        String.class);
    }
}
