package dk.medhearing.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.delivery.CaseFileDeliveryTests;
import dk.medhearing.delivery.DeliveryProperties;
import dk.medhearing.delivery.DeliveryRun;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics an operator alerts on, in Prometheus's format at /actuator/prometheus: administrators only, and each
 * business metric moves with a hearing driven through its steps. The database is shared with the other tests, so
 * the test compares each value before and after a step of its own hearing.
 */
class MetricsIT extends AbstractProcessTest {

    private static final String METRICS = "/actuator/prometheus";

    @Autowired
    private DeliveryRun deliveryRun;

    @Autowired
    private DeliveryProperties deliveryProperties;

    @Test
    void shouldServeTheMetricsToAdministratorsOnly() {
        // when a chair, nobody and an administrator ask for the metrics
        ResponseEntity<String> chair = as("anders.friis").getForEntity(url(METRICS), String.class);
        ResponseEntity<String> nobody = anonymous.getForEntity(url(METRICS), String.class);
        ResponseEntity<String> wrongPassword =
                anonymous.withBasicAuth("admin", "forkert").getForEntity(url(METRICS), String.class);

        // then the chair is refused in Danish, nobody must log in, and the administration and admin read them
        assertThat(chair.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(chair.getBody()).contains("Kun administratorer").doesNotContain("medhearing_");
        assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(scrape("karen.holm"))
                .contains(
                        "medhearing_hearings{",
                        "medhearing_tasks_overdue",
                        "medhearing_mail_outbox_oldest_pending_age_seconds",
                        "medhearing_casefile_deliveries_pending",
                        "medhearing_casefile_deliveries_failed",
                        "medhearing_casefile_deliveries_oldest_pending_age_seconds",
                        "medhearing_incidents",
                        "medhearing_jobs_executable",
                        "http_server_requests_seconds_count",
                        "jvm_memory_used_bytes",
                        "hikaricp_connections_active");
        assertThat(scrape("admin")).contains("medhearing_hearings{");
        // and health stays open for the load balancer
        assertThat(anonymous.getForEntity(url("/actuator/health"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldMoveEachBusinessMetricWithTheHearing() {
        // given the metrics before a new hearing of AMC and JKU
        driver.moveClockTo(OffsetDateTime.parse("2026-11-02T09:00+01:00"));
        String ref = HearingDriver.newReference();
        String before = scrape("karen.holm");

        // when the hearing is started: its opening jobs wait, then run and write the opening mails
        assertThat(as("karen.holm")
                        .postForEntity(url("/api/hearings"), body(ref), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        String started = scrape("karen.holm");
        assertThat(value(started, "medhearing_hearings", "phase", "consultation"))
                .isEqualTo(value(before, "medhearing_hearings", "phase", "consultation") + 1);
        assertThat(value(started, "medhearing_jobs_executable"))
                .isGreaterThan(value(before, "medhearing_jobs_executable"));
        runJobsWithoutDelivering(ref);
        String opened = scrape("karen.holm");
        assertThat(value(opened, "medhearing_tasks_open")).isEqualTo(value(before, "medhearing_tasks_open") + 2);
        assertThat(value(opened, "medhearing_mail_outbox_pending"))
                .isGreaterThan(value(before, "medhearing_mail_outbox_pending"));
        assertThat(value(opened, "medhearing_mail_outbox_oldest_pending_age_seconds"))
                .isGreaterThanOrEqualTo(0);

        // and the mails are delivered
        drainOutbox();
        String delivered = scrape("karen.holm");
        assertThat(value(delivered, "medhearing_mail_outbox_pending")).isEqualTo(0);
        assertThat(value(delivered, "medhearing_mail_sent_total", "kind", "hearing-opened"))
                .isGreaterThan(value(opened, "medhearing_mail_sent_total", "kind", "hearing-opened"));

        // and the meeting calls are overdue a week later, and the first reminders go out before the deadline
        driver.moveClockTo(OffsetDateTime.parse("2026-11-12T09:00+01:00"));
        String overdue = scrape("karen.holm");
        assertThat(value(overdue, "medhearing_tasks_overdue"))
                .isGreaterThanOrEqualTo(value(delivered, "medhearing_tasks_overdue") + 2);
        driver.executeJobs(ref);
        assertThat(value(scrape("karen.holm"), "medhearing_mail_sent_total", "kind", "reminder-first"))
                .isGreaterThan(value(overdue, "medhearing_mail_sent_total", "kind", "reminder-first"));

        // and an incident on AMC's open meeting call is counted until it is resolved
        String execution = driver.task(ref, "Task_ScheduleMeeting", "amc-chair").getExecutionId();
        double incidents = value(scrape("karen.holm"), "medhearing_incidents");
        var incident = engine.getRuntimeService().createIncident("metricsTest", execution, "MetricsIT");
        assertThat(value(scrape("karen.holm"), "medhearing_incidents")).isEqualTo(incidents + 1);
        engine.getRuntimeService().resolveIncident(incident.getId());
        assertThat(value(scrape("karen.holm"), "medhearing_incidents")).isEqualTo(incidents);
    }

    @Test
    void shouldCountCaseFileDeliveriesWaitingAndFailed() {
        // given the metrics before a hearing is submitted
        String before = scrape("karen.holm");

        // when it is submitted: its case file waits for delivery
        CaseFileDeliveryTests.submittedHearing(driver);
        String waiting = scrape("karen.holm");
        assertThat(value(waiting, "medhearing_casefile_deliveries_pending"))
                .isEqualTo(value(before, "medhearing_casefile_deliveries_pending") + 1);
        assertThat(value(waiting, "medhearing_casefile_deliveries_oldest_pending_age_seconds"))
                .isGreaterThanOrEqualTo(0);

        // and every attempt to deliver it fails until it is given up
        CaseFileDeliveryTests.giveUpAllDue(deliveryRun, deliveryProperties, driver);

        // then it counts as failed, no longer as waiting, and its incident in Cockpit is counted
        String failed = scrape("karen.holm");
        assertThat(value(failed, "medhearing_casefile_deliveries_failed"))
                .isGreaterThanOrEqualTo(value(waiting, "medhearing_casefile_deliveries_failed") + 1);
        assertThat(value(failed, "medhearing_casefile_deliveries_pending"))
                .isLessThanOrEqualTo(value(waiting, "medhearing_casefile_deliveries_pending") - 1);
        assertThat(value(failed, "medhearing_incidents"))
                .isGreaterThanOrEqualTo(value(waiting, "medhearing_incidents") + 1);
    }

    @Test
    void shouldShowOnTheDashboardOnlyMetricsTheAppServes() throws Exception {
        // given the Grafana dashboard in docs/ and a scrape after a hearing's mails were sent and a login failed
        JsonNode dashboard = new ObjectMapper()
                .readTree(Path.of("docs/grafana-dashboard.json").toFile());
        driver.start(HearingDriver.newReference(), List.of("amc"));
        anonymous.withBasicAuth("mads.winther", "forkert").getForEntity(url("/api/hearings"), String.class);
        String scrape = scrape("admin");

        // then every metric a panel queries is served (Prometheus's names: a counter ends in _total)
        Set<String> queried = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher names = Pattern.compile("\\b([a-z][a-z0-9_]+)\\{")
                        .matcher(target.get("expr").asText());
                while (names.find()) {
                    queried.add(names.group(1));
                }
            }
        }
        assertThat(queried)
                .isNotEmpty()
                .allSatisfy(name -> assertThat(scrape).as(name).containsPattern("(?m)^" + name + "\\{"));
    }

    private Map<String, Object> body(String ref) {
        return Map.of(
                "reference",
                ref,
                "title",
                "Metrikker for driften",
                "committees",
                List.of("amc", "jku"),
                "responseDeadline",
                "2026-11-17T12:00",
                "mainCommitteeMeetingAt",
                "2026-11-19T10:00",
                "politicalCommitteeMeetingAt",
                "2026-11-26T16:00");
    }

    private void runJobsWithoutDelivering(String ref) {
        for (var jobs = driver.dueJobs(ref); !jobs.isEmpty(); jobs = driver.dueJobs(ref)) {
            engine.getManagementService().executeJob(jobs.get(0).getId());
        }
    }

    private String scrape(String user) {
        ResponseEntity<String> response = as(user).getForEntity(url(METRICS), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The value of a series, by its name and optionally one label; 0 if the series is not there yet. */
    private static double value(String scrape, String name, String... label) {
        String labels =
                label.length == 0 ? "\\{[^}]*}" : "\\{[^}]*" + label[0] + "=\"" + Pattern.quote(label[1]) + "\"[^}]*}";
        Matcher m = Pattern.compile("(?m)^" + name + labels + " (\\S+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
