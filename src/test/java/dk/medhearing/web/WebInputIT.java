package dk.medhearing.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker (or a slip of the keyboard) sends over HTTP gets a Danish 4xx, never a 5xx: wildcard content
 * types, dates far in the past or future on the calendar and schedule APIs and the schedule page, {@code /error}
 * asked for directly; the schedule page stays small whatever the dates; a forged Host header does not steer a
 * redirect; a reference in lower case finds its hearing; the webapps' question /sso/config is answered.
 */
class WebInputIT extends AbstractProcessTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldRefuseAWildcardContentTypeWith415InDanish() throws Exception {
        for (String type : List.of("*/*", "application/*", "application/*+json")) {
            for (String path : List.of("/api/hearings", "/api/hearings/schedule", "/api/dialogue-meetings")) {
                for (String user : new String[] {"karen.holm", "anders.friis", null}) {
                    HttpResponse<String> answer = send("POST", path, user, type, "{}");

                    assertThat(answer.statusCode())
                            .as(type + " " + path + " " + user + ": " + answer.body())
                            .isEqualTo(415);
                    assertThat(json.readTree(answer.body()).get("message").asText())
                            .contains("indholdstype");
                }
            }
        }
    }

    @Test
    void shouldAnswerTheWebappsSingleSignOnQuestionWithoutSingleSignOnToo() throws Exception {
        // given the embedded default (no single sign-on), whose webapps' script asks on every page load
        // when
        HttpResponse<String> answer = send("GET", "/sso/config", null, null, null);

        // then the answer says "nothing to change" instead of a 404 on every page of Tasklist and Cockpit
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json.readTree(answer.body()).has("logout")).isFalse();
    }

    @Test
    void shouldRefuseCalendarDatesOutsideTheRangeWith400NamingTheField() throws Exception {
        assertRefused(get("/api/calendar/add?date=%2B999999999-12-31&workingDays=10"), "date", "fremtiden");
        assertRefused(get("/api/calendar/add?date=1999-12-31&workingDays=10"), "date", "før år 2000");
        assertRefused(get("/api/calendar/working-days?from=-999999999-01-01&to=2026-01-01"), "from", "før år 2000");
        assertRefused(get("/api/calendar/working-days?from=2026-01-01&to=%2B999999999-12-31"), "to", "fremtiden");
        assertThat(get("/api/calendar/working-days?from=2026-12-01&to=2026-12-31")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldNameADeadlineOutsideTheRangeOnTheScheduleApiAndPage() throws Exception {
        String body = "{\"reference\":\"T-RANGE\",\"title\":\"x\",\"committees\":[\"amc\"],"
                + "\"responseDeadline\":\"-999999999-01-01T12:00\",\"mainCommitteeMeetingAt\":\"0001-01-01T12:00\","
                + "\"politicalCommitteeMeetingAt\":\"+999999999-01-01T12:00\"}";
        HttpResponse<String> api = send("POST", "/api/hearings/schedule", "karen.holm", "application/json", body);
        assertThat(api.statusCode()).as(api.body()).isLessThan(500);
        assertThat(api.body())
                .contains("responseDeadline")
                .contains("før år 2000")
                .contains("fremtiden");

        HttpResponse<String> page = postForm(
                "/status/tidsplan",
                "reference=T-RANGE&title=x&committees=amc"
                        + "&responseDeadline=-999999999-01-01T12:00&mainCommitteeMeetingAt="
                        + enc("+999999999-12-31T12:00"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("før år 2000").doesNotContain("Whitelabel");
    }

    @Test
    void shouldKeepTheSchedulePageSmallWhateverTheDates() throws Exception {
        String deadline = driverNow(10);
        for (String main : List.of("1900-01-01T12:00", "0001-01-01T12:00", "2001-01-01T12:00")) {
            HttpResponse<String> page = postForm(
                    "/status/tidsplan",
                    "reference=T-SPAN&title=x&committees=amc"
                            + "&responseDeadline=" + enc(deadline) + "&mainCommitteeMeetingAt=" + enc(main)
                            + "&politicalCommitteeMeetingAt=" + enc(driverNow(30)));

            assertThat(page.statusCode()).as(main).isEqualTo(200);
            assertThat(page.body().length()).as(main).isLessThan(400_000);
        }
    }

    @Test
    void shouldAnswerErrorAskedForDirectlyWith404InDanish() throws Exception {
        HttpResponse<String> api = get("/error");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(json.readTree(api.body()).get("message").asText())
                .isEqualTo("Siden eller det, du bad om, findes ikke.");

        HttpResponse<String> page = send("GET", "/error", null, null, null, "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("lang=\"da\"")
                .contains("Siden findes ikke")
                .doesNotContain("Whitelabel");

        HttpResponse<String> unknown = send("GET", "/findes/ikke", "karen.holm", null, null, "text/html");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Siden findes ikke").doesNotContain("Whitelabel");
    }

    @Test
    void shouldNotRedirectToTheHostTheClientNames() throws Exception {
        for (String path :
                List.of("/", "/camunda/", "/camunda/app/", "/camunda/app/tasklist", "/camunda/app/tasklist/")) {
            for (String forged : List.of(
                    "Host: evil.example",
                    "Host: localhost:" + port + "\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https")) {
                String answer = rawGet(path, forged);

                String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
                assertThat(head)
                        .as(path)
                        .startsWith("HTTP/1.1 30")
                        .containsIgnoringCase("\r\nLocation: /")
                        .doesNotContain("evil.example");
            }
        }
    }

    @Test
    void shouldFindAHearingByItsReferenceInLowerCase() throws Exception {
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        String lower = reference.toLowerCase(Locale.ROOT);

        HttpResponse<String> api = get("/api/hearings/" + lower);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(json.readTree(api.body()).get("reference").asText()).isEqualTo(reference);
        HttpResponse<String> board = send("GET", "/status/" + lower, "karen.holm", null, null, "text/html");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains(reference);
        HttpResponse<String> draft = get("/api/hearings/" + lower + "/document-draft.html");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        assertThat(get("/api/hearings/" + lower + "/document.html").body()).contains("endnu ikke godkendt");
    }

    private void assertRefused(HttpResponse<String> answer, String field, String rule) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode errors = json.readTree(answer.body()).get("errors");
        assertThat(errors.findValuesAsText("field")).contains(field);
        assertThat(errors.toString()).contains(rule);
    }

    private String driverNow(int days) {
        return driver.now().plusDays(days).toLocalDateTime().withNano(0).toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, "karen.holm", null, null);
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        return send("POST", path, "karen.holm", "application/x-www-form-urlencoded", form, "text/html");
    }

    private HttpResponse<String> send(String method, String path, String user, String type, String body)
            throws Exception {
        return send(method, path, user, type, body, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String user, String type, String body, String accept)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", accept)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** java.net.http refuses to set Host, so the forged headers go over a plain socket; the whole answer. */
    private String rawGet(String path, String headers) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\n" + headers + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
