package dk.medhearing.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import dk.medhearing.support.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarApiIT extends AbstractIntegrationTest {

    @Test
    void shouldDescribeAHearingWindowOverChristmas() {
        // given a hearing published 15 December 2026 with its deadline 8 January 2027
        // when
        ResponseEntity<JsonNode> response = get("/api/calendar/working-days?from=2026-12-15&to=2027-01-08");

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = response.getBody();
        assertThat(body.get("from").asText()).isEqualTo("2026-12-15");
        assertThat(body.get("to").asText()).isEqualTo("2027-01-08");
        assertThat(body.get("workingDays").asInt()).isEqualTo(14);
        assertThat(body.get("nonWorkingDays").toString())
                .contains("{\"date\":\"2026-12-24\",\"reason\":\"Juleaftensdag\"}")
                .contains("{\"date\":\"2026-12-25\",\"reason\":\"1. juledag\"}")
                .contains("{\"date\":\"2026-12-31\",\"reason\":\"Nytårsaftensdag\"}")
                .contains("{\"date\":\"2027-01-01\",\"reason\":\"Nytårsdag\"}");
        assertThat(body.get("holidayPeriods").toString())
                .isEqualTo("[{\"name\":\"Jul og nytår\",\"from\":\"2026-12-20\",\"to\":\"2027-01-02\"}]");
        assertThat(body.get("earliestDeadline").asText()).isEqualTo("2027-01-04");
        assertThat(body.get("longEnough").asBoolean()).isTrue();
    }

    @Test
    void shouldReportHalfDaysOffInAWindow() {
        // given a window over 1 May 2026, a half day off in the municipality's config
        // when
        JsonNode body =
                get("/api/calendar/working-days?from=2026-04-27&to=2026-05-04").getBody();

        // then 1 May still counts as a working day
        assertThat(body.get("workingDays").asInt()).isEqualTo(5);
        assertThat(body.get("halfDays").toString()).isEqualTo("[{\"date\":\"2026-05-01\",\"reason\":\"1. maj\"}]");
        assertThat(body.get("longEnough").asBoolean()).isFalse();
    }

    @Test
    void shouldAddWorkingDays() {
        // given / when
        ResponseEntity<JsonNode> response = get("/api/calendar/add?date=2026-04-01&workingDays=2");

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = response.getBody();
        assertThat(body.get("date").asText()).isEqualTo("2026-04-01");
        assertThat(body.get("workingDays").asInt()).isEqualTo(2);
        assertThat(body.get("result").asText()).isEqualTo("2026-04-08");
        assertThat(body.get("description").asText()).isEqualTo("onsdag den 8. april 2026");
        assertThat(body.has("rolledForwardFrom")).isFalse();
    }

    @Test
    void shouldCountBackwardsForAReminder() {
        // given / when
        JsonNode body = get("/api/calendar/add?date=2026-11-30&workingDays=-3").getBody();

        // then
        assertThat(body.get("result").asText()).isEqualTo("2026-11-25");
    }

    @Test
    void shouldRollADeadlineOnLangfredagForward() {
        // given / when
        JsonNode body = get("/api/calendar/add?date=2026-04-03&workingDays=0").getBody();

        // then
        assertThat(body.get("result").asText()).isEqualTo("2026-04-07");
        assertThat(body.get("rolledForwardFrom").asText()).isEqualTo("2026-04-03");
    }

    @Test
    void shouldAnswer401WithoutCredentials() {
        // given / when / then
        assertThat(anonymous
                        .getForEntity(url("/api/calendar/working-days?from=2026-12-15&to=2027-01-08"), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous
                        .getForEntity(url("/api/calendar/add?date=2026-04-03&workingDays=0"), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/calendar/working-days?to=2027-01-08                   | from        | Datoen mangler: skriv den som ÅÅÅÅ-MM-DD",
                "/api/calendar/working-days?from=15-12-2026&to=2027-01-08   | from        | Datoen skal skrives som ÅÅÅÅ-MM-DD",
                "/api/calendar/working-days?from=2026-02-30&to=2027-01-08   | from        | Datoen skal skrives som ÅÅÅÅ-MM-DD",
                "/api/calendar/working-days?from=2026-12-15                 | to          | Datoen mangler: skriv den som ÅÅÅÅ-MM-DD",
                "/api/calendar/working-days?from=2026-12-15&to=2026-12-01   | to          | Slutdatoen må ikke ligge før startdatoen",
                "/api/calendar/working-days?from=2026-01-01&to=2028-01-01   | to          | Perioden må højst være 366 dage",
                "/api/calendar/add?workingDays=5                            | date        | Datoen mangler: skriv den som ÅÅÅÅ-MM-DD",
                "/api/calendar/add?date=i-morgen&workingDays=5              | date        | Datoen skal skrives som ÅÅÅÅ-MM-DD",
                "/api/calendar/add?date=2026-04-03                          | workingDays | Antallet mangler: skriv et helt tal",
                "/api/calendar/add?date=2026-04-03&workingDays=fem          | workingDays | Antallet skal være et helt tal",
                "/api/calendar/add?date=2026-04-03&workingDays=367          | workingDays | skal ligge mellem -366 og 366",
                "/api/calendar/add?date=2026-04-03&workingDays=-367         | workingDays | skal ligge mellem -366 og 366",
                "/api/calendar/add?date=2026-04-03&workingDays=-2147483648  | workingDays | skal ligge mellem -366 og 366"
            })
    void shouldAnswer400NamingTheFieldAndTheRule(String path, String field, String message) {
        // given a request that breaks one rule
        // when
        ResponseEntity<JsonNode> response = get(path);

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = response.getBody();
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("errors")).hasSize(1);
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(body.get("errors").get(0).get("message").asText()).contains(message);
    }

    @Test
    void shouldNameEveryWrongField() {
        // given a request without any parameter
        // when
        JsonNode body = get("/api/calendar/add").getBody();

        // then
        assertThat(body.get("errors").findValuesAsText("field")).containsExactly("date", "workingDays");
    }

    private ResponseEntity<JsonNode> get(String path) {
        return as("admin").getForEntity(url(path), JsonNode.class);
    }
}
