package dk.medhearing.web;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.WebappSession;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chair still has a task open in Tasklist when it closes: the hearing's deadline passed. Whatever Tasklist then asks
 * about the task (claim it, load its form, submit it) is answered 404 with our Danish explanation, never the
 * engine's English or a server error.
 */
class ClosedTaskIT extends AbstractProcessTest {

    private static final String TASK_GONE = "Opgaven er ikke længere åben";

    private String reference;
    private Task task;

    @BeforeEach
    void aChairsTaskClosedByTheDeadline() {
        // given AMC's chair's open "Indkald" task, and the committee's deadline timer firing
        reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        driver.executeJobs(reference);
        task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_ScheduleMeeting")
                .singleResult();
        Job deadline = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(task.getProcessInstanceId())
                .activityId("BoundaryEvent_DeadlinePassed")
                .singleResult();
        engine.getManagementService().executeJob(deadline.getId());
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isZero();
    }

    @Test
    void shouldTellTheChairInTasklistThatTheTaskClosedAndHerTextIsNotSaved() throws Exception {
        WebappSession tasklist = WebappSession.login(engine, port, "anders.friis", "demo", "tasklist");
        String path = "/camunda/api/engine/engine/default/task/" + task.getId();

        // when Tasklist does what it does with an open task
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("task", tasklist.get(path));
        answers.put("form variables", tasklist.get(path + "/form-variables"));
        answers.put("deployed form", tasklist.get(path + "/deployed-form"));
        answers.put("variables", tasklist.get(path + "/variables"));
        answers.put("claim", tasklist.postJson(path + "/claim", "{\"userId\":\"anders.friis\"}"));
        answers.put("unclaim", tasklist.postJson(path + "/unclaim", "{}"));
        answers.put("submit", tasklist.postJson(path + "/submit-form", meetingForm()));

        // then each is 404 with our Danish words, naming neither the task nor the engine's words
        answers.forEach((what, answer) -> {
            assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(404);
            assertThat(answer.body())
                    .as(what)
                    .contains(TASK_GONE, "ikke gemt")
                    .doesNotContain(task.getId(), "Cannot find", "task is null", "No matching");
        });
    }

    @Test
    void shouldAnswerTheRestApiTheSame() {
        // when a program submits the closed task's form through the engine REST API
        var submit = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + task.getId() + "/submit-form"),
                        jsonBody(meetingForm()),
                        String.class);
        var formVariables = as("anders.friis")
                .getForEntity(url("/engine-rest/task/" + task.getId() + "/form-variables"), String.class);

        // then 404 in Danish as well
        assertThat(submit.getStatusCode().value()).isEqualTo(404);
        assertThat(submit.getBody()).contains(TASK_GONE);
        assertThat(formVariables.getStatusCode().value()).isEqualTo(404);
        assertThat(formVariables.getBody()).contains(TASK_GONE);
    }

    @Test
    void shouldLeaveAnOpenTasksOwnAnswersAlone() {
        // given another committee's open task, which the chair may not see
        String other = HearingDriver.newReference();
        driver.start(other, List.of("jki"));
        driver.executeJobs(other);
        Task jki = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(other)
                .taskDefinitionKey("Task_ScheduleMeeting")
                .singleResult();

        // when AMC's chair claims it
        var claim = as("anders.friis")
                .postForEntity(
                        url("/engine-rest/task/" + jki.getId() + "/claim"),
                        jsonBody("{\"userId\":\"anders.friis\"}"),
                        String.class);

        // then it is refused and stays unclaimed, and the refusal is not called a closed task
        assertThat(claim.getStatusCode().value()).isIn(403, 404);
        assertThat(claim.getBody()).doesNotContain(TASK_GONE);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(jki.getId())
                        .singleResult()
                        .getAssignee())
                .isNull();

        // and reading or submitting its form says it is not hers, in Danish, instead of calling it closed
        for (var answer : List.of(
                as("anders.friis")
                        .getForEntity(url("/engine-rest/task/" + jki.getId() + "/form-variables"), String.class),
                as("anders.friis").getForEntity(url("/engine-rest/task/" + jki.getId()), String.class),
                as("anders.friis")
                        .postForEntity(
                                url("/engine-rest/task/" + jki.getId() + "/submit-form"),
                                jsonBody("{\"variables\":{}}"),
                                String.class))) {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
            assertThat(answer.getBody())
                    .contains("Du har ikke adgang til dette")
                    .doesNotContain(TASK_GONE);
        }
    }

    private String meetingForm() {
        String start = driver.now()
                .plusDays(3)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toLocalDateTime()
                .toString();
        return "{\"variables\":{\"meetingStart\":{\"value\":\"" + start + "\"},\"meetingEnd\":{\"value\":\"12:00\"},"
                + "\"meetingPlace\":{\"value\":\"Mødelokalet\"}}}";
    }
}
