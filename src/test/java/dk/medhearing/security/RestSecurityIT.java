package dk.medhearing.security;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RestSecurityIT extends AbstractProcessTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    FilterService filterService;

    private String reference;

    @BeforeEach
    void startAHearingOfTwoCommittees() {
        reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc", "jki"));
    }

    @Test
    void shouldAnswer401WithoutCredentials() {
        assertThat(anonymous
                        .getForEntity(url("/engine-rest/task"), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous
                        .withBasicAuth("tove.kastrup", "wrong")
                        .getForEntity(url("/engine-rest/task"), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldAnswer200WithCredentials() {
        assertThat(as("admin")
                        .getForEntity(url("/engine-rest/task"), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldShowACommitteeOnlyItsOwnTasks() {
        assertThat(taskIdsVisibleTo("anders.friis"))
                .containsExactly(taskOf("amc").getId());
        assertThat(taskIdsVisibleTo("jakob.ravn")).containsExactly(taskOf("jki").getId());
        assertThat(taskIdsVisibleTo("bo.juul.jensen")).isEmpty();
    }

    @Test
    void shouldRefuseToCompleteAnotherCommitteesTask() {
        Task jkiTask = taskOf("jki");

        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + jkiTask.getId() + "/submit-form"),
                        json(meetingForm()),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(jkiTask.getId()).count())
                .isEqualTo(1);
    }

    @Test
    void shouldLetACommitteeCompleteItsOwnTask() {
        Task amcTask = taskOf("amc");

        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + amcTask.getId() + "/submit-form"),
                        json(meetingForm()),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(amcTask.getId()).count())
                .isZero();
    }

    @Test
    void shouldRefuseOrQueriesWithExpressions() {
        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task"),
                        json("{\"orQueries\":[{\"assigneeExpression\":\"${execution.getClass()}\"}]}"),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("udtryk");
    }

    @Test
    void shouldAllowOrQueriesWithoutExpressions() {
        ResponseEntity<String> response = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task"),
                        json("{\"orQueries\":[{\"candidateGroup\":\"amc-chair\"}]}"),
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains(taskOf("amc").getId());
    }

    @Test
    void shouldGiveTasklistItsFilters() {
        assertThat(filterService.createFilterQuery().list())
                .extracting("name")
                .contains("Mine opgaver", "Mine udvalgs opgaver", "Alle opgaver, jeg kan se");
        ResponseEntity<String> filters = as("anders.friis").getForEntity(url("/engine-rest/filter"), String.class);
        assertThat(filters.getBody()).contains("Mine udvalgs opgaver");
    }

    @Test
    void shouldRequireLoginForOurOwnApi() {
        assertThat(anonymous.getForEntity(url("/api/mailbox"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String meetingForm() {
        return "{\"variables\":{\"meetingStart\":{\"value\":\""
                + driver.now().plusDays(2).withNano(0).toLocalDateTime()
                + "\"},\"meetingPlace\":{\"value\":\"Mødelokalet\"}}}";
    }

    private List<String> taskIdsVisibleTo(String user) {
        Map<?, ?>[] tasks =
                as(user).getForObject(url("/engine-rest/task?processInstanceBusinessKey=" + reference), Map[].class);
        return Arrays.stream(tasks).map(t -> (String) t.get("id")).toList();
    }

    private Task taskOf(String committee) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskCandidateGroup(committee + "-chair")
                .singleResult();
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
