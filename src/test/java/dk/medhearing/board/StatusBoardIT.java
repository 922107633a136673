package dk.medhearing.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.committee.Role;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status board over HTTP, for a hearing driven through embargo, meeting, submission and reminders; and the
 * schedule shown before the start is the one the engine's timers then follow.
 */
class StatusBoardIT extends AbstractProcessTest {

    private final ObjectMapper json = new ObjectMapper();

    /** Monday 2 November 2026, 09:00: a hearing of AMC and JKU with its deadline on Tuesday 17 November at 12:00. */
    static Map<String, Object> body(String ref, boolean embargo) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", ref);
        body.put("title", "Omlægning af beskæftigelsesindsatsen");
        body.put("committees", List.of("amc", "jku"));
        body.put("responseDeadline", "2026-11-17T12:00");
        body.put("orientationMeeting", Map.of("at", "2026-11-04T14:00", "place", "Store mødesal"));
        body.put("mainCommitteeMeetingAt", "2026-11-19T10:00");
        body.put("politicalCommitteeMeetingAt", "2026-11-26T16:00");
        if (embargo) {
            body.put("embargoUntil", "2026-11-03T09:00");
        }
        return body;
    }

    static void startOn2November(AbstractProcessTest test, HearingDriver driver) {
        driver.moveClockTo(OffsetDateTime.parse("2026-11-02T09:00+01:00"));
    }

    private String page(String user, String path) {
        ResponseEntity<String> response = as(user).getForEntity(url(path), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @Test
    void shouldDrawEveryEventOfADrivenHearing() {
        // given an embargoed hearing started over the API; AMC's centre manager confirms, JKU's does not
        startOn2November(this, driver);
        String ref = HearingDriver.newReference();
        assertThat(as("karen.holm")
                        .postForEntity(url("/api/hearings"), body(ref, true), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        driver.executeJobs(ref);
        assertThat(page("karen.holm", "/status/" + ref))
                .contains("Under embargo", "Anders Friis", "Ikke bekræftet endnu");
        driver.complete(ref, "Task_ConfirmStaffBriefed", "anders.friis", Map.of("staffBriefed", true));
        driver.executeJobs(ref);

        // and the embargo ends, AMC meets and submits, and JKU's first reminder goes out
        // (AMC meets on 6 November at 10.00: its minutes, and so its response, come after the meeting has begun)
        driver.moveClockTo(OffsetDateTime.parse("2026-11-03T09:00+01:00"));
        driver.executeJobs(ref);
        driver.respond(ref, "amc", "Vi støtter forslaget.", "Medarbejdersiden ønsker en evaluering.");
        driver.moveClockTo(OffsetDateTime.parse("2026-11-12T09:00+01:00"));
        driver.executeJobs(ref);

        // when the administration opens the board
        String board = page("karen.holm", "/status/" + ref);

        // then the timeline shows each event
        assertThat(board)
                .contains("<svg", "role=\"img\"", "<desc id=\"timeline-desc\">")
                .contains("data-kind=\"EMBARGO\"><title>Høringen: Embargo udløber – 03.11.2026 kl. 09.00 (sket)")
                .contains("data-kind=\"PUBLICATION\"><title>Høringen: Offentliggjort – 03.11.2026 kl. 09.00 (sket)")
                .contains("data-kind=\"ORIENTATION\"><title>Høringen: Orienteringsmøde – 04.11.2026 kl. 14.00 (sket)")
                .contains("data-kind=\"DEADLINE\"><title>Høringen: Høringsfrist – 17.11.2026 kl. 12.00</title>")
                .contains("data-kind=\"CONFIRMATION\"><title>AMC: Medarbejdere orienteret – 02.11.2026 kl. 09.00")
                .contains("data-kind=\"MEETING\"><title>AMC: Ekstraordinært møde – 06.11.2026 kl. 10.00")
                .contains("data-kind=\"SUBMISSION\"><title>AMC: Høringssvar indsendt – 06.11.2026 kl. 10.01")
                .contains(
                        "data-kind=\"REMINDER\"><title>Ungecentret (JKU): Første påmindelse – 12.11.2026 kl. 09.00 (sket)")
                .contains(
                        "data-kind=\"REMINDER\"><title>Ungecentret (JKU): Sidste påmindelse – 16.11.2026 kl. 09.00</title>")
                .contains("data-kind=\"MEETING\"><title>HovedMED: HovedMEDs møde – 19.11.2026 kl. 10.00</title>")
                .contains(
                        "data-kind=\"MEETING\"><title>Politisk udvalg: Det politiske udvalgs møde – 26.11.2026 kl. 16.00</title>")
                .contains("class=\"day-off\"");
        // and the committees' rows, the embargo's confirmations, the overdue meeting call, and the links
        assertThat(board)
                .contains(
                        "Embargoen udløb, før alle centerchefer havde bekræftet",
                        "Anders Friis",
                        "Ikke bekræftet endnu",
                        "Første påmindelse 12.11.2026 kl. 09.00: Sendt",
                        "Sidste påmindelse 16.11.2026 kl. 09.00: Planlagt",
                        "Første påmindelse 12.11.2026 kl. 09.00: Sendes ikke (udvalget er færdigt)",
                        "Høringssvar indsendt",
                        "Ja",
                        "Forfaldent",
                        "Indkald til ekstraordinært CenterMED-møde (Ungecentret (JKU))")
                .contains("/camunda/app/cockpit/default/#/process-instance/"
                        + driver.committeeInstance(ref, "jku").getId())
                .contains("/camunda/app/cockpit/default/#/process-instance/"
                        + engine.getRuntimeService()
                                .createProcessInstanceQuery()
                                .processInstanceBusinessKey(ref)
                                .processDefinitionKey("HearingProcess")
                                .singleResult()
                                .getId());
        assertThat(page("karen.holm", "/status")).contains(ref, "1 af 2", "Indkald til ekstraordinært CenterMED-møde");
    }

    @Test
    void shouldNotCallTheOfferToMoveAMeetingOverdueOnceTheMeetingHasBegun() {
        // given AMC's and JKU's meetings on Thursday 5 November at 14.00, "Flyt CenterMED-mødet" due at their start
        startOn2November(this, driver);
        String ref = HearingDriver.newReference();
        as("karen.holm").postForEntity(url("/api/hearings"), body(ref, false), String.class);
        driver.executeJobs(ref);
        for (String committee : List.of("amc", "jku")) {
            driver.complete(
                    ref,
                    "Task_ScheduleMeeting",
                    driver.person(committee, Role.CHAIR),
                    Map.of("meetingStart", "2026-11-05T14:00", "meetingEnd", "16:00", "meetingPlace", "Mødelokale 3"));
        }
        driver.executeJobs(ref);
        assertThat(driver.task(ref, "Task_MoveMeeting", "amc-chair")).isNotNull();

        // when the meeting has begun and the minutes are not yet recorded
        driver.moveClockTo(OffsetDateTime.parse("2026-11-05T15:00+01:00"));

        // then the board calls nothing overdue: the meeting simply can no longer be moved
        String board = page("karen.holm", "/status/" + ref);
        assertThat(board).contains("Flyt CenterMED-mødet").doesNotContain("overskredet");
        assertThat(board).doesNotContain("class=\"warning late\"");

        // and once the engine's timer for the meeting's start has run, the board no longer offers to move it
        driver.executeJobs(ref);
        assertThat(page("karen.holm", "/status/" + ref)).doesNotContain("Flyt CenterMED-mødet");
    }

    @Test
    void shouldShowACommitteeMemberOnlyWhatTheyMayOpen() {
        // given a running hearing of AMC and JKU
        startOn2November(this, driver);
        String ref = HearingDriver.newReference();
        as("karen.holm").postForEntity(url("/api/hearings"), body(ref, false), String.class);
        driver.executeJobs(ref);
        String amcTask = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(ref)
                .taskDefinitionKey("Task_ScheduleMeeting")
                .taskCandidateGroup("amc-chair")
                .singleResult()
                .getId();
        String jkuTask = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(ref)
                .taskDefinitionKey("Task_ScheduleMeeting")
                .taskCandidateGroup("jku-chair")
                .singleResult()
                .getId();

        // when AMC's chair opens the board, then AMC's task is linked into Tasklist, JKU's is not, and no Cockpit
        String board = page("anders.friis", "/status/" + ref);
        assertThat(board)
                .contains("/camunda/app/tasklist/default/#/?task=" + amcTask)
                .doesNotContain("?task=" + jkuTask)
                .doesNotContain("/camunda/app/cockpit/default/#/process-instance/");
        // and a CenterMED that is not consulted does not see the hearing, nor does anyone without login
        assertThat(as("bo.juul.jensen")
                        .getForEntity(url("/status/" + ref), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("bo.juul.jensen").getForObject(url("/status"), String.class))
                .doesNotContain(ref);
        // and the administrators' pages are linked for the administration only (a link a chair sees must work)
        assertThat(page("anders.friis", "/status"))
                .doesNotContain("href=\"/status/mail\"", "href=\"/status/sagsmapper\"", "href=\"/status/tidsplan\"");
        assertThat(page("karen.holm", "/status"))
                .contains("href=\"/status/mail\"", "href=\"/status/sagsmapper\"", "href=\"/status/tidsplan\"");
        assertThat(page("karen.holm", "/status/mail")).contains("href=\"/status\"");
        assertThat(page("karen.holm", "/status/sagsmapper")).contains("href=\"/status\"");
        assertThat(anonymous.getForEntity(url("/status/" + ref), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldFollowTheScheduleThatWasShownBeforeTheStart() throws Exception {
        // given the schedule of a hearing, asked for before the start
        startOn2November(this, driver);
        String ref = HearingDriver.newReference();
        JsonNode schedule = json.readTree(as("karen.holm")
                .postForEntity(url("/api/hearings/schedule"), body(ref, false), String.class)
                .getBody());

        // when the hearing is started with the same body
        as("karen.holm").postForEntity(url("/api/hearings"), body(ref, false), String.class);
        driver.executeJobs(ref);

        // then the engine's reminder timers, deadline timer and meeting-call due date are the schedule's dates
        for (JsonNode committee : schedule.get("committees")) {
            String instance = driver.committeeInstance(
                            ref, committee.get("committee").asText())
                    .getId();
            List<Instant> timers = engine
                    .getManagementService()
                    .createJobQuery()
                    .processInstanceId(instance)
                    .timers()
                    .orderByJobDuedate()
                    .asc()
                    .list()
                    .stream()
                    .map(Job::getDuedate)
                    .map(Date::toInstant)
                    .toList();
            assertThat(timers)
                    .containsExactly(
                            instant(committee.at("/reminders/0/at")),
                            instant(committee.at("/reminders/1/at")),
                            instant(schedule.get("responseDeadline")));
            Date due = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(instance)
                    .taskDefinitionKey("Task_ScheduleMeeting")
                    .singleResult()
                    .getDueDate();
            assertThat(due.toInstant()).isEqualTo(instant(committee.at("/tasks/0/due")));
        }
        assertThat(schedule.at("/reminders").isMissingNode()).isTrue();
        String page = as("karen.holm").postForObject(url("/status/tidsplan"), form(body(ref, false)), String.class);
        assertThat(page)
                .contains(
                        "<svg",
                        "Første påmindelse 12.11.2026 kl. 09.00",
                        "Journalnummeret " + ref + " er allerede brugt");
    }

    private static Instant instant(JsonNode node) {
        return OffsetDateTime.parse(node.asText()).toInstant();
    }

    @SuppressWarnings("unchecked")
    static HttpEntity<MultiValueMap<String, String>> form(Map<String, Object> body) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        body.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                list.forEach(item -> form.add(k, item.toString()));
            } else if (v instanceof Map<?, ?> map) {
                form.add("orientationMeetingAt", (String) ((Map<String, Object>) map).get("at"));
                form.add("orientationMeetingPlace", (String) ((Map<String, Object>) map).get("place"));
            } else {
                form.add(k, v.toString());
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return new HttpEntity<>(form, headers);
    }
}
