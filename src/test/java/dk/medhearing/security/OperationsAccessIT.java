package dk.medhearing.security;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.WebappSession;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;

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
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
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
        return managementService.createJobQuery().processInstanceId(instance).list().get(0);
    }

    private ResponseEntity<String> setRetries(String user, String jobId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(url("/engine-rest/job/" + jobId + "/retries"), HttpMethod.PUT,
                new HttpEntity<>("{\"retries\":1}", headers), String.class);
    }
}
