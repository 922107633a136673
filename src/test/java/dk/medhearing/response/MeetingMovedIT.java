package dk.medhearing.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Role;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static dk.medhearing.notification.HearingMailIT.attachment;
import static dk.medhearing.notification.HearingMailIT.mails;
import static dk.medhearing.notification.HearingMailIT.recipients;
import static dk.medhearing.notification.HearingMailIT.start;
import static dk.medhearing.notification.HearingMailIT.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committee's meeting can be moved until it begins ("Flyt CenterMED-mødet", through {@code /engine-rest} as
 * Tasklist's chair does it): every member gets the updated invitation, the same calendar entry (UID) with a higher
 * SEQUENCE, and the minutes wait for the new start.
 */
class MeetingMovedIT extends AbstractProcessTest {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    MeetingRepository meetings;

    @Autowired
    MinutesRepository minutes;

    @Test
    void aMovedMeetingIsRescheduledInEveryMembersCalendarAndItsMinutesWaitForTheNewStart() throws Exception {
        // given AMC's meeting called for 14.00 in four days, with its invitation sent
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        OffsetDateTime first =
                driver.now().plusDays(4).truncatedTo(ChronoUnit.DAYS).withHour(14);
        String chair = driver.person("amc", Role.CHAIR);
        driver.complete(
                reference,
                "Task_ScheduleMeeting",
                chair,
                Map.of(
                        "meetingStart",
                        first.toLocalDateTime().toString(),
                        "meetingEnd",
                        "16:00",
                        "meetingPlace",
                        "Mødelokalet ved Torvet"));
        driver.executeJobs(reference);
        Calendar invited = calendar(mails(reference, "meeting-invitation/amc").get(0));
        Task move = driver.task(reference, "Task_MoveMeeting", "amc-chair");
        assertThat(move).isNotNull();
        JsonNode prefilled = formVariables(chair, move);
        assertThat(prefilled.at("/meetingDate/value").asText())
                .isEqualTo(first.toLocalDate().toString());
        assertThat(prefilled.at("/meetingPlace/value").asText()).isEqualTo("Mødelokalet ved Torvet");

        // when the chair moves it two days later, at 10.00 in another room
        OffsetDateTime moved = first.plusDays(2).withHour(10);
        ResponseEntity<String> answer = moveMeeting(chair, move, moved, "12:00", "Rådhuset, lokale 3");
        driver.executeJobs(reference);

        // then the meeting is moved, and every member gets the update of the same calendar entry, in a higher version
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(204);
        Meeting meeting = meetings.find(reference, "amc").orElseThrow();
        assertThat(meeting.startsAt().toInstant()).isEqualTo(moved.toInstant());
        assertThat(meeting.place()).isEqualTo("Rådhuset, lokale 3");
        List<MimeMessage> updates = mails(reference, "meeting-moved/amc/1");
        assertThat(recipients(updates))
                .containsExactlyInAnyOrderElementsOf(organisation.requireUnit("amc").members().stream()
                        .map(Member::email)
                        .toList());
        for (MimeMessage update : updates) {
            Calendar calendar = calendar(update);
            VEvent event = event(calendar);
            assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
            assertThat(event.getUid().orElseThrow().getValue())
                    .isEqualTo(event(invited).getUid().orElseThrow().getValue());
            assertThat(sequence(event)).isEqualTo(1).isGreaterThan(sequence(event(invited)));
            assertThat(start(event)).isEqualTo(moved.toInstant());
            assertThat(event.getLocation().getValue()).isEqualTo("Rådhuset, lokale 3");
        }
        assertThat(updates.get(0).getSubject()).startsWith("Mødet er flyttet:");
        assertThat(text(updates.get(0))).contains("Ny tid: " + DateTimes.danish(moved), "Sted: Rådhuset, lokale 3");
        assertThat(mails(reference, "meeting-invitation/amc")).hasSize(updates.size());

        // when the minute-taker submits the minutes after the old time but before the new one
        String secretary = driver.person("amc", Role.SECRETARY);
        Task minutesTask = driver.task(reference, "Task_RecordMinutes", "amc-secretary");
        driver.moveClockTo(first.plusHours(1));
        ResponseEntity<String> early = submitMinutes(secretary, minutesTask);

        // then they are refused, naming the new time
        assertThat(early.getStatusCode().value()).as(early.getBody()).isEqualTo(400);
        assertThat(json.readTree(early.getBody()).get("message").asText())
                .isEqualTo("Referatet kan først registreres, når mødet er begyndt: " + DateTimes.danish(moved) + ".");
        assertThat(minutes.find(reference, "amc")).isEmpty();

        // when the moved meeting has begun, the chair cannot move it any more
        driver.moveClockTo(moved);
        Task again = driver.task(reference, "Task_MoveMeeting", "amc-chair");
        ResponseEntity<String> late = moveMeeting(chair, again, moved.plusDays(1), "12:00", "Rådhuset, lokale 3");
        assertThat(late.getStatusCode().value()).as(late.getBody()).isEqualTo(400);
        assertThat(json.readTree(late.getBody()).get("message").asText())
                .contains("Mødet er begyndt (" + DateTimes.danish(moved) + ") og kan ikke længere flyttes.");
        assertThat(meetings.find(reference, "amc").orElseThrow().startsAt().toInstant())
                .isEqualTo(moved.toInstant());
        assertThat(again.getDueDate().toInstant()).isEqualTo(moved.toInstant());

        // and once the engine's timer for the meeting's start has run, the task to move it is gone from Tasklist,
        // while the minutes still wait
        driver.executeJobs(reference);
        assertThat(driver.task(reference, "Task_MoveMeeting", "amc-chair")).isNull();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(minutesTask.getId())
                        .count())
                .isOne();

        // and the minutes are accepted
        ResponseEntity<String> held = submitMinutes(secretary, minutesTask);
        assertThat(held.getStatusCode().value()).as(held.getBody()).isEqualTo(204);
        assertThat(minutes.find(reference, "amc")).isPresent();
        assertThat(driver.task(reference, "Task_DraftResponse", "amc-secretary"))
                .isNotNull();
    }

    private JsonNode formVariables(String user, Task task) throws Exception {
        ResponseEntity<String> answer =
                as(user).getForEntity(url("/engine-rest/task/" + task.getId() + "/form-variables"), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    /** As Tasklist's form sends it: date, start and end time, place. */
    private ResponseEntity<String> moveMeeting(String user, Task task, OffsetDateTime start, String end, String place) {
        String path = "/engine-rest/task/" + task.getId();
        as(user).postForEntity(url(path + "/claim"), jsonBody("{\"userId\":\"" + user + "\"}"), String.class);
        return as(user).postForEntity(
                        url(path + "/submit-form"),
                        jsonBody("{\"variables\":{"
                                + "\"meetingDate\":{\"value\":\"" + start.toLocalDate() + "\"},"
                                + "\"meetingTime\":{\"value\":\"" + start.toLocalTime() + "\"},"
                                + "\"meetingEnd\":{\"value\":\"" + end + "\"},"
                                + "\"meetingPlace\":{\"value\":\"" + place + "\"}}}"),
                        String.class);
    }

    private ResponseEntity<String> submitMinutes(String user, Task task) {
        String path = "/engine-rest/task/" + task.getId();
        as(user).postForEntity(url(path + "/claim"), jsonBody("{\"userId\":\"" + user + "\"}"), String.class);
        return as(user).postForEntity(
                        url(path + "/submit-form"),
                        jsonBody("{\"variables\":{\"meetingPlace\":{\"value\":\"Rådhuset, lokale 3\"}}}"),
                        String.class);
    }

    private static Calendar calendar(MimeMessage mail) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(attachment(mail, "moedeindkaldelse.ics")));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }

    private static int sequence(VEvent event) {
        return event.getProperty("SEQUENCE")
                .map(p -> Integer.parseInt(p.getValue()))
                .orElse(0);
    }
}
