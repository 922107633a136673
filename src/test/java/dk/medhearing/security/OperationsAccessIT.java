package dk.medhearing.security;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.WebappSession;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What administrators and ordinary users may do around operations: Cockpit's API, failed jobs, history cleanup. */
class OperationsAccessIT extends AbstractProcessTest {

    private static final String STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

    @Autowired
    ManagementService managementService;

    @Test
    void shouldRefuseCockpitsApiToATasklistOnlyUser() throws Exception {
        WebappSession session = WebappSession.login(engine, port, "anders.friis", "demo", "tasklist");

        var response = session.get(STATISTICS);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("HearingProcess");
    }

    @Test
    void shouldServeCockpitsPluginScriptBeforeLoginButNothingElse() throws Exception {
        // given no session at all (Cockpit's login page loads its plugins' scripts before anyone logs in)
        HttpClient http = HttpClient.newHttpClient();
        String plugin = "/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js";

        // when the script is fetched, and the statistics through the script's path in several disguises
        var script = anonymous(http, "GET", plugin);
        Map<String, HttpResponse<String>> disguised = new LinkedHashMap<>();
        for (String path : List.of(
                STATISTICS,
                "/camunda/api/cockpit/plugin/cockpitPlugins/static/../../base/default/process-definition/statistics",
                "/camunda/api/cockpit/plugin/cockpitPlugins/static/%2e%2e/%2e%2e/base/default/process-definition/statistics",
                "/camunda/api/cockpit/plugin/base/static/x.js/../../default/process-definition/statistics",
                plugin + ";jsessionid=x")) {
            disguised.put(path, anonymous(http, "GET", path));
        }
        var posted = anonymous(http, "POST", plugin);

        // then the script is served, everything else needs a login
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("login krævet").isNotBlank();
        disguised.forEach((path, answer) -> {
            assertThat(answer.statusCode()).as(path).isIn(400, 401, 404);
            assertThat(answer.body()).as(path).doesNotContain("HearingProcess");
        });
        assertThat(posted.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> anonymous(HttpClient http, String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldGiveCockpitsApiToTheAdministration() throws Exception {
        WebappSession session = WebappSession.login(engine, port, "karen.holm", "demo", "cockpit");

        var response = session.get(STATISTICS);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLetTheAdministrationRetryAFailedJobOfOurProcesses() {
        // given a job of a hearing that has run out of retries (an incident in Cockpit)
        Job job = aJobOfANewHearing();
        managementService.setJobRetries(job.getId(), 0);

        // when karen.holm of the administration retries it, and a committee chair tries the same
        ResponseEntity<String> byAdministration = setRetries("karen.holm", job.getId());
        managementService.setJobRetries(job.getId(), 0);
        ResponseEntity<String> byChair = setRetries("anders.friis", job.getId());

        // then the administration may, the chair may not
        assertThat(byAdministration.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(byChair.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(managementService
                        .createJobQuery()
                        .jobId(job.getId())
                        .singleResult()
                        .getRetries())
                .isZero();
    }

    @Test
    void shouldAnswerAChangeToAVanishedJobWithNotFoundInDanish() throws Exception {
        // given a hearing's timer that is gone (its instance deleted, as when a timer fires during the request)
        Job job = aJobOfANewHearing();
        engine.getRuntimeService().deleteProcessInstance(job.getProcessInstanceId(), "test");
        WebappSession cockpit = WebappSession.login(engine, port, "karen.holm", "demo", "cockpit");

        // when the administration moves its due date and retries it, through the REST API and through Cockpit's
        ResponseEntity<String> dueDate = put(
                "karen.holm",
                "/engine-rest/job/" + job.getId() + "/duedate",
                "{\"duedate\":\"2030-01-01T08:00:00.000+0100\"}");
        ResponseEntity<String> retries = setRetries("karen.holm", job.getId());
        var inCockpit = cockpit.putJson(
                "/camunda/api/engine/engine/default/job/" + job.getId() + "/duedate",
                "{\"duedate\":\"2030-01-01T08:00:00.000+0100\"}");

        // then each is told in Danish that the job is gone, without the engine's words or the job's id
        for (String body : List.of(dueDate.getBody(), retries.getBody(), inCockpit.body())) {
            assertThat(body).contains("Jobbet findes ikke længere").doesNotContain(job.getId(), "No job");
        }
        assertThat(dueDate.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(retries.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(inCockpit.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldNeverAnswerAnOddJobIdWithAServerError() {
        // given job ids an attacker might try: unknown, encoded, path-like, very long
        List<String> ids = List.of("unknown-job", "%27%20or%201%3D1", "..%2Ftask", "x".repeat(5_000), "%00");

        // when the administration sets their due dates and retries
        for (String id : ids) {
            ResponseEntity<String> dueDate = put(
                    "karen.holm",
                    "/engine-rest/job/" + id + "/duedate",
                    "{\"duedate\":\"2030-01-01T08:00:00.000+0100\"}");
            ResponseEntity<String> retries =
                    put("karen.holm", "/engine-rest/job/" + id + "/retries", "{\"retries\":1}");

            // then never a server error
            assertThat(dueDate.getStatusCode().is5xxServerError())
                    .as(id + " " + dueDate)
                    .isFalse();
            assertThat(retries.getStatusCode().is5xxServerError())
                    .as(id + " " + retries)
                    .isFalse();
        }
    }

    @Test
    void shouldConfigureANightlyHistoryCleanupWindow() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    }

    private Job aJobOfANewHearing() {
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        String instance = driver.committeeInstance(reference, "amc").getId();
        return managementService
                .createJobQuery()
                .processInstanceId(instance)
                .list()
                .get(0);
    }

    private ResponseEntity<String> setRetries(String user, String jobId) {
        return put(user, "/engine-rest/job/" + jobId + "/retries", "{\"retries\":1}");
    }

    private ResponseEntity<String> put(String user, String path, String json) {
        return as(user).exchange(url(path), HttpMethod.PUT, jsonBody(json), String.class);
    }
}
