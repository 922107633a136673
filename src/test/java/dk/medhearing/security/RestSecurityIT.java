package dk.medhearing.security;

import dk.medhearing.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RestSecurityIT extends AbstractIntegrationTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;

    private ProcessInstance instance;

    @BeforeEach
    void startATaskPerCommittee() {
        instance = runtimeService.startProcessInstanceByKey("PlaceholderProcess", "SEC-TEST",
                Map.of("committees", List.of("amc", "jki")));
    }

    @AfterEach
    void cleanUp() {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
            runtimeService.deleteProcessInstance(instance.getId(), "test");
        }
    }

    @Test
    void shouldAnswer401WithoutCredentials() {
        assertThat(anonymous.getForEntity(url("/engine-rest/task"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.withBasicAuth("tove.kastrup", "wrong").getForEntity(url("/engine-rest/task"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldAnswer200WithCredentials() {
        assertThat(as("admin").getForEntity(url("/engine-rest/task"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldShowACommitteeOnlyItsOwnTasks() {
        assertThat(taskIdsVisibleTo("anders.friis")).containsExactly(taskOf("amc").getId());
        assertThat(taskIdsVisibleTo("jakob.ravn")).containsExactly(taskOf("jki").getId());
        assertThat(taskIdsVisibleTo("bo.juul.jensen")).isEmpty();
    }

    @Test
    void shouldRefuseToCompleteAnotherCommitteesTask() {
        Task jkiTask = taskOf("jki");

        ResponseEntity<String> response = as("anders.friis").postForEntity(
                url("/engine-rest/task/" + jkiTask.getId() + "/complete"), json("{\"variables\":{}}"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(jkiTask.getId()).count()).isEqualTo(1);
    }

    @Test
    void shouldLetACommitteeCompleteItsOwnTask() {
        Task amcTask = taskOf("amc");

        ResponseEntity<String> response = as("anders.friis").postForEntity(
                url("/engine-rest/task/" + amcTask.getId() + "/complete"),
                json("{\"variables\":{\"received\":{\"value\":true}}}"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(amcTask.getId()).count()).isZero();
    }

    @Test
    void shouldRefuseOrQueriesWithExpressions() {
        ResponseEntity<String> response = as("anders.friis").postForEntity(url("/engine-rest/task"),
                json("{\"orQueries\":[{\"assigneeExpression\":\"${execution.getClass()}\"}]}"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("orQueries");
    }

    @Test
    void shouldAllowOrQueriesWithoutExpressions() {
        ResponseEntity<String> response = as("anders.friis").postForEntity(url("/engine-rest/task"),
                json("{\"orQueries\":[{\"candidateGroup\":\"amc\"}]}"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains(taskOf("amc").getId());
    }

    @Test
    void shouldGiveTasklistItsFilters() {
        assertThat(filterService.createFilterQuery().list()).extracting("name")
                .contains("Mine opgaver", "Mine udvalgs opgaver", "Alle opgaver, jeg kan se");
        ResponseEntity<String> filters = as("anders.friis").getForEntity(url("/engine-rest/filter"), String.class);
        assertThat(filters.getBody()).contains("Mine udvalgs opgaver");
    }

    @Test
    void shouldRequireLoginForOurOwnApi() {
        assertThat(anonymous.getForEntity(url("/api/mailbox"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private List<String> taskIdsVisibleTo(String user) {
        Map<?, ?>[] tasks = as(user).getForObject(url("/engine-rest/task?processInstanceId=" + instance.getId()),
                Map[].class);
        return java.util.Arrays.stream(tasks).map(t -> (String) t.get("id")).toList();
    }

    private Task taskOf(String committee) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup(committee)
                .singleResult();
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
