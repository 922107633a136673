package dk.medhearing.web;

import dk.medhearing.hearing.HearingInput;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own pages over HTTP as a browser and an API client meet them: Danish error pages with a way on (never Spring's
 * Whitelabel page, JSON or a Basic popup for a browser), our login and its return path, and the start page's
 * synchronizer token, field errors and kept values.
 */
class OurPagesIT extends AbstractProcessTest {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aChairOpeningTheStartPageGetsTheDanish403WithAWayOn() throws Exception {
        // when AMC's chair opens the administration's start page and the failed-mail page in a browser
        HttpResponse<String> start = get("/status/tidsplan", "anders.friis", HTML, null);
        HttpResponse<String> mail = get("/status/mail", "anders.friis", HTML, null);

        // then both answer 403 with our Danish page and links on, not Spring's English page or JSON
        for (HttpResponse<String> page : List.of(start, mail)) {
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body())
                    .contains(
                            "lang=\"da\"",
                            "Du har ikke adgang til siden",
                            "href=\"/status\"",
                            "href=\"/camunda/app/tasklist/\"")
                    .doesNotContain("Whitelabel", "Forbidden", "\"status\":");
        }
    }

    @Test
    void unknownHearingsAndPagesGetTheDanish404() throws Exception {
        // when an administrator opens an unknown hearing's page and a path that is no page
        HttpResponse<String> hearing = get("/status/FINDES-IKKE-1", "karen.holm", HTML, null);
        HttpResponse<String> nothing = get("/status/x/y", "karen.holm", HTML, null);

        // then both are our Danish 404 with the way to the board
        assertThat(hearing.statusCode()).isEqualTo(404);
        assertThat(hearing.body()).contains("Siden findes ikke", "FINDES-IKKE-1", "href=\"/status\"");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(nothing.body())
                .contains("Siden findes ikke", "href=\"/status\"")
                .doesNotContain("Whitelabel");
    }

    @Test
    void aBrowserWithoutSessionGoesToTheDanishLoginAndAnApiClientGets401Json() throws Exception {
        // when a browser asks for the board without a session, and an API client for the API
        HttpResponse<String> browser = get("/status/tidsplan?x=1", null, HTML, null);
        HttpResponse<String> api = get("/api/hearings", null, "application/json", null);

        // then the browser is sent to our login, with the page to come back to, and no Basic challenge
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location")).contains("/login?next=%2Fstatus%2Ftidsplan%3Fx%3D1");
        assertThat(browser.headers().firstValue("WWW-Authenticate")).isEmpty();
        // and the API client still gets 401 JSON with the Basic challenge
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertThat(api.body()).startsWith("{").contains("\"status\":401");
    }

    @Test
    void theLoginReturnsToThePageAskedForAndNeverToAnotherSite() throws Exception {
        // given the login page, opened for the board and for other sites
        HttpResponse<String> form = get("/login?next=%2Fstatus%2Ftidsplan", null, HTML, null);
        assertThat(form.body()).contains("Log ind", "Brugernavn", "Adgangskode", "value=\"/status/tidsplan\"");
        for (String evil : List.of(
                "//evil.example/x",
                "https://evil.example",
                "/\\evil.example",
                "/status/%2F%2Fevil",
                "/status/..%2F..%2Fcamunda",
                "/statusevil",
                "/status\r\nX: y")) {
            assertThat(get("/login?next=" + URLEncoder.encode(evil, StandardCharsets.UTF_8), null, HTML, null)
                            .body())
                    .as(evil)
                    .contains("name=\"next\" value=\"/status\"");
        }
        String cookie = cookie(form);

        // when the administration logs in without the form's token, with a wrong password, and right
        HttpResponse<String> noToken = post(
                "/login", cookie, Map.of("username", "karen.holm", "password", "demo", "next", "/status/tidsplan"));
        // (an unknown user: a failed login slows that user's next attempts down, and karen.holm logs in next)
        HttpResponse<String> wrong = post(
                "/login",
                cookie,
                Map.of(
                        "username",
                        "ukendt.bruger",
                        "password",
                        "forkert",
                        "next",
                        "/status/tidsplan",
                        "_formToken",
                        token(form.body())));
        HttpResponse<String> right = post(
                "/login",
                cookie,
                Map.of(
                        "username",
                        "karen.holm",
                        "password",
                        "demo",
                        "next",
                        "//evil.example",
                        "_formToken",
                        token(form.body())));

        // then only the right one logs in, keeps the user name when wrong, and goes to our board, not another site
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Brugernavn eller adgangskode er forkert", "value=\"ukendt.bruger\"");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElse(""))
                .endsWith("/status")
                .doesNotContain("evil");
        HttpResponse<String> board = get("/status", null, HTML, cookie(right));
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("Høringer i MED-systemet");
    }

    @Test
    void theStartPageRefusesACrossSitePostAndKeepsEveryValueOnABrokenRule() throws Exception {
        // given the administration on the start page
        String ref = HearingDriver.newReference();
        HearingInput valid = HearingDriver.input(ref, List.of("amc"));
        HttpResponse<String> page = get("/status/tidsplan", "karen.holm", HTML, null);
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = cookie(page);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reference", ref);
        fields.put("title", "Samling af <jobcentrets> rådgivning");
        fields.put("committees", "amc");
        fields.put("responseDeadline", valid.responseDeadline());
        fields.put("orientationMeetingAt", "");
        fields.put("mainCommitteeMeetingAt", valid.mainCommitteeMeetingAt());
        fields.put("politicalCommitteeMeetingAt", valid.politicalCommitteeMeetingAt());
        fields.put("shortWindowJustification", valid.shortWindowJustification());
        fields.put("action", "start");

        // when another site posts the start (no token, or the browser says cross-site)
        HttpResponse<String> crossSite = post("/status/tidsplan", "karen.holm", cookie, fields, Map.of());
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_formToken", token(page.body()));
        HttpResponse<String> crossSiteWithToken =
                post("/status/tidsplan", "karen.holm", cookie, withToken, Map.of("Sec-Fetch-Site", "cross-site"));
        // then nothing is started
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("Høringen blev ikke startet");
        assertThat(crossSiteWithToken.statusCode()).isEqualTo(403);
        assertThat(as("karen.holm")
                        .getForEntity(url("/api/hearings/" + ref), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // when the page posts it with a deadline in the past
        Map<String, String> broken = new LinkedHashMap<>(withToken);
        broken.put("responseDeadline", "2020-01-06T12:00");
        HttpResponse<String> refused = post("/status/tidsplan", "karen.holm", cookie, broken, Map.of());
        // then the rule is shown at its field and every value typed is still there, escaped
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "id=\"error-responseDeadline\"",
                        "Høringsfristen skal ligge i fremtiden",
                        "aria-invalid=\"true\"",
                        "value=\"" + ref + "\"",
                        "Samling af &lt;jobcentrets&gt; rådgivning",
                        "value=\"2020-01-06T12:00\"",
                        "id=\"committee-amc\" value=\"amc\" checked");

        // when it is posted right, it starts and lands on the hearing's board
        HttpResponse<String> started = post("/status/tidsplan", "karen.holm", cookie, withToken, Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location").orElse("")).endsWith("/status/" + ref + "?startet");
        ResponseEntity<String> status = as("karen.holm").getForEntity(url("/api/hearings/" + ref), String.class);
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private HttpResponse<String> get(String path, String user, String accept, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept);
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> form)
            throws IOException, InterruptedException {
        return post(path, null, cookie, form, Map.of());
    }

    private HttpResponse<String> post(
            String path, String user, String cookie, Map<String, String> form, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", HTML)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"_formToken\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the form's token").isTrue();
        return m.group(1);
    }
}
