package dk.medhearing.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/hearings/schedule}: every date of a hearing before it is started, across Easter and Christmas. */
class ScheduleApiIT extends AbstractProcessTest {

    private final ObjectMapper json = new ObjectMapper();

    private Map<String, Object> body(String reference, String deadline, String main, String political) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("title", "Omlægning af beskæftigelsesindsatsen");
        body.put("committees", List.of("amc", "jku"));
        body.put("responseDeadline", deadline);
        body.put("mainCommitteeMeetingAt", main);
        body.put("politicalCommitteeMeetingAt", political);
        body.put("shortWindowJustification", "Budgetaftalen kræver svar inden BIU-mødet.");
        return body;
    }

    private JsonNode schedule(Map<String, Object> body) throws Exception {
        ResponseEntity<String> response =
                as("karen.holm").postForEntity(url("/api/hearings/schedule"), body, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static OffsetDateTime at(JsonNode node) {
        return OffsetDateTime.parse(node.asText());
    }

    private static List<String> reminders(JsonNode committee) {
        List<String> dates = new ArrayList<>();
        committee
                .get("reminders")
                .forEach(r ->
                        dates.add(r.get("kind").asText() + " " + at(r.get("at")).toInstant()));
        return dates;
    }

    @Test
    void shouldScheduleAHearingAcrossEaster2026() throws Exception {
        // given Monday 23 March 2026, and a deadline on Wednesday 8 April, after Easter (2, 3 and 6 April are holidays)
        driver.moveClockTo(OffsetDateTime.parse("2026-03-23T10:00:00+01:00"));
        String ref = HearingDriver.newReference();

        // when the schedule is asked for
        JsonNode s = schedule(body(ref, "2026-04-08T12:00", "2026-04-10T10:00", "2026-04-20T16:00"));

        // then each committee's reminders fall 3 and 1 working days before the deadline, skipping Easter, at 09:00
        assertThat(s.get("violations")).isEmpty();
        assertThat(at(s.get("responseDeadline"))).isEqualTo(OffsetDateTime.parse("2026-04-08T12:00+02:00"));
        assertThat(s.get("deadlineRolledForward").asBoolean()).isFalse();
        assertThat(s.get("windowWorkingDays").asInt()).isEqualTo(9);
        assertThat(s.get("committees")).hasSize(2);
        for (JsonNode committee : s.get("committees")) {
            assertThat(reminders(committee))
                    .containsExactly(
                            "FIRST "
                                    + OffsetDateTime.parse("2026-03-31T09:00+02:00")
                                            .toInstant(),
                            "FINAL "
                                    + OffsetDateTime.parse("2026-04-07T09:00+02:00")
                                            .toInstant());
            assertThat(committee.get("reminders"))
                    .allSatisfy(r -> assertThat(r.get("sent").asBoolean()).isTrue());
            // halfway from publication (23 March 09:00 UTC) to the deadline (8 April 10:00 UTC): Tuesday 31 March,
            // at the tasks' time of day (12:00), not at the clock time of the start
            assertThat(at(committee.get("tasks").get(0).get("due")).toInstant())
                    .isEqualTo(OffsetDateTime.parse("2026-03-31T12:00:00+02:00").toInstant());
        }
        assertThat(s.get("nonWorkingDays").findValuesAsText("reason"))
                .contains("Skærtorsdag", "Langfredag", "2. påskedag");
        assertThat(s.get("warnings").toString()).contains("Påske").contains("Kort høringsperiode (9 arbejdsdage)");
        assertThat(s.get("mainCommitteeTasks").get(0).get("due").asText()).startsWith("2026-04-10T10:00");

        // and nothing was started or stored
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(ref)
                        .count())
                .isZero();
        assertThat(as("karen.holm")
                        .getForEntity(url("/api/hearings/" + ref), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldScheduleAHearingAcrossChristmas2026AndRollTheDeadlineForward() throws Exception {
        // given Monday 14 December 2026 and a deadline on Juleaftensdag, a day off like 25-27 December
        driver.moveClockTo(OffsetDateTime.parse("2026-12-14T10:00:00+01:00"));

        // when the schedule is asked for
        JsonNode s = schedule(
                body(HearingDriver.newReference(), "2026-12-24T12:00", "2027-01-05T10:00", "2027-01-12T16:00"));

        // then the deadline moves to Monday 28 December, and the reminders fall on 21 and 23 December at 09:00
        assertThat(s.get("violations")).isEmpty();
        assertThat(s.get("deadlineRolledForward").asBoolean()).isTrue();
        assertThat(at(s.get("requestedDeadline"))).isEqualTo(OffsetDateTime.parse("2026-12-24T12:00+01:00"));
        assertThat(at(s.get("responseDeadline"))).isEqualTo(OffsetDateTime.parse("2026-12-28T12:00+01:00"));
        assertThat(s.get("windowWorkingDays").asInt()).isEqualTo(8);
        for (JsonNode committee : s.get("committees")) {
            assertThat(reminders(committee))
                    .containsExactly(
                            "FIRST "
                                    + OffsetDateTime.parse("2026-12-21T09:00+01:00")
                                            .toInstant(),
                            "FINAL "
                                    + OffsetDateTime.parse("2026-12-23T09:00+01:00")
                                            .toInstant());
        }
        assertThat(s.get("warnings").toString())
                .contains("Jul og nytår")
                .contains("er ikke en arbejdsdag; fristen flyttes til mandag den 28. december 2026 kl. 12.00");
        assertThat(s.get("nonWorkingDays").findValuesAsText("reason"))
                .contains("Juleaftensdag", "1. juledag", "Nytårsaftensdag");
    }

    @Test
    void shouldListEveryBrokenRuleWithoutStartingAnything() throws Exception {
        // given a deadline in the past, an HovedMED meeting before it and an unknown committee
        Map<String, Object> body = body("", "2020-01-01T12:00", "2019-12-01T10:00", "2020-02-01T10:00");
        body.put("committees", List.of("amc", "nope"));
        body.put("embargoUntil", "i morgen");

        // when the schedule is asked for
        JsonNode s = schedule(body);

        // then each broken rule is named by its field, in Danish
        assertThat(s.get("valid").asBoolean()).isFalse();
        assertThat(s.get("violations").findValuesAsText("field"))
                .contains("reference", "responseDeadline", "mainCommitteeMeetingAt", "committees", "embargoUntil");
        assertThat(s.get("violations").toString()).contains("Høringsfristen skal ligge i fremtiden.");
    }

    @Test
    void shouldRefuseDatesYearsAheadWithoutComputingACalendarUpToThem() throws Exception {
        // given a sound deadline, but HovedMED, the political committee and the embargo in the year 9999
        OffsetDateTime deadline = driver.now().plusDays(20);
        Map<String, Object> body =
                body(HearingDriver.newReference(), deadline.toString(), "9999-12-30T10:00", "9999-12-31T10:00");
        body.put("embargoUntil", "9999-06-01T10:00");

        // when the schedule is asked for
        JsonNode s = schedule(body);

        // then each far date is refused by its field, and the days off shown end with the sound dates
        assertThat(s.get("valid").asBoolean()).isFalse();
        assertThat(s.get("violations").findValuesAsText("field"))
                .contains("mainCommitteeMeetingAt", "politicalCommitteeMeetingAt", "embargoUntil");
        assertThat(s.get("violations").toString()).contains("må højst ligge 2 år ude i fremtiden");
        assertThat(s.get("mainCommitteeMeetingAt").isNull()).isTrue();
        assertThat(s.get("embargoUntil").isNull()).isTrue();
        assertThat(s.get("nonWorkingDays").size()).isLessThan(40);
    }

    @Test
    void shouldTakeNothingFromFieldsTheStartDoesNotHave() throws Exception {
        // given a schedule request with fields of the hearing's state besides the start's own
        Map<String, Object> body = body(
                HearingDriver.newReference(),
                driver.now().plusDays(20).toString(),
                driver.now().plusDays(27).toString(),
                driver.now().plusDays(34).toString());
        body.put("publishedAt", "2020-01-01T10:00");
        body.put("createdBy", "mallory");
        body.put("windowWorkingDays", 99);

        // when the schedule is asked for
        JsonNode s = schedule(body);

        // then the publication is now and the window is counted, not taken from the request
        assertThat(at(s.get("publishedAt")).getYear()).isGreaterThan(2020);
        assertThat(s.get("windowWorkingDays").asInt()).isNotEqualTo(99);
    }

    @Test
    void shouldNameAnEncodedReferenceAsBroken() throws Exception {
        // given a reference written with URL encoding and markup
        Map<String, Object> body = body(
                "BIF%2F2026<b>",
                driver.now().plusDays(20).toString(),
                driver.now().plusDays(27).toString(),
                driver.now().plusDays(34).toString());

        // when the schedule is asked for
        JsonNode s = schedule(body);

        // then the reference is refused by its rule, in Danish
        assertThat(s.get("violations").findValuesAsText("field")).contains("reference");
        assertThat(s.get("violations").toString()).contains("Journalnummeret må kun indeholde bogstaver");
    }

    @Test
    void shouldRefuseTheScheduleToOthersThanTheAdministration() {
        // when a CenterMED chair asks, then 403; without credentials 401
        assertThat(as("anders.friis")
                        .postForEntity(
                                url("/api/hearings/schedule"),
                                body("X-1", "2027-01-01T12:00", "2027-01-05T10:00", "2027-01-12T10:00"),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous
                        .postForEntity(url("/api/hearings/schedule"), Map.of(), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
