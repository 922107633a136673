package dk.medhearing.formguard;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.WebappSession;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committee's task goes only to someone who may do it: its chair cannot hand it to a member of another committee
 * (claim for, assign, delegate, own, add as candidate), nor change whom it is for; the engine refuses, in Danish, and
 * nothing changes. What the committee itself does (claim, release, pass to its minute-taker) still works.
 */
class TaskAssignmentIT extends AbstractProcessTest {

    /** The chair of another committee (JKI): an outsider to AMC's tasks. */
    private static final String OUTSIDER = "jakob.ravn";

    private static final String CHAIR = "anders.friis";

    private Task task;
    private Set<String> linksBefore;

    @BeforeEach
    void amcsOpenTask() {
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        driver.executeJobs(reference);
        task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_ScheduleMeeting")
                .singleResult();
        linksBefore = links();
    }

    @Test
    void shouldRefuseToGiveACommitteesTaskToAnOutsider() {
        // when AMC's chair gives the task to JKI's chair in each way the engine REST API offers
        Map<String, ResponseEntity<String>> answers = new LinkedHashMap<>();
        answers.put("claim for", post(CHAIR, "claim", "{\"userId\":\"" + OUTSIDER + "\"}"));
        answers.put("assignee", post(CHAIR, "assignee", "{\"userId\":\"" + OUTSIDER + "\"}"));
        answers.put("delegate", post(CHAIR, "delegate", "{\"userId\":\"" + OUTSIDER + "\"}"));
        answers.put(
                "candidate user",
                post(CHAIR, "identity-links", "{\"userId\":\"" + OUTSIDER + "\",\"type\":\"candidate\"}"));
        answers.put("owner", post(CHAIR, "identity-links", "{\"userId\":\"" + OUTSIDER + "\",\"type\":\"owner\"}"));
        answers.put(
                "candidate group", post(CHAIR, "identity-links", "{\"groupId\":\"jki-chair\",\"type\":\"candidate\"}"));
        // and the outsider's id in other spellings, and an id no one has
        answers.put("claim for, other case", post(CHAIR, "claim", "{\"userId\":\"Jakob.Ravn\"}"));
        answers.put("claim for, escaped", post(CHAIR, "claim", "{\"userId\":\"jakob\\u002eravn\"}"));
        answers.put("claim for, very long", post(CHAIR, "claim", "{\"userId\":\"" + "x".repeat(5_000) + "\"}"));
        answers.put(
                "remove group",
                post(CHAIR, "identity-links/delete", "{\"groupId\":\"amc-secretary\",\"type\":\"candidate\"}"));

        // then each is refused with our Danish rule, and the task is as it was
        answers.forEach((way, answer) -> {
            assertThat(answer.getStatusCode().value())
                    .as(way + ": " + answer.getBody())
                    .isEqualTo(400);
            assertThat(answer.getBody())
                    .as(way)
                    .contains("Opgaven blev ikke ændret")
                    .doesNotContain("Exception", "ENGINE-");
        });
        Task now =
                engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now.getAssignee()).isNull();
        assertThat(now.getOwner()).isNull();
        assertThat(links()).isEqualTo(linksBefore);
        // and the outsider cannot see it, let alone do it
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .taskCandidateUser(OUTSIDER)
                        .count())
                .isZero();
    }

    @Test
    void shouldRefuseItInTasklistAsWell() throws Exception {
        // when the chair, in Tasklist, types the outsider as the task's assignee
        WebappSession tasklist = WebappSession.login(engine, port, CHAIR, "demo", "tasklist");
        var answer = tasklist.postJson(
                "/camunda/api/engine/engine/default/task/" + task.getId() + "/assignee",
                "{\"userId\":\"" + OUTSIDER + "\"}");

        // then Tasklist shows our Danish rule and nothing changed
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains(AssigneeGuard.NOT_A_CANDIDATE);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .singleResult()
                        .getAssignee())
                .isNull();
    }

    @Test
    void shouldLetTheCommitteeClaimReleaseAndPassItOn() {
        // when the chair claims the task, releases it, and then passes it to AMC's minute-taker
        var claim = post(CHAIR, "claim", "{\"userId\":\"" + CHAIR + "\"}");
        var release = post(CHAIR, "unclaim", "{}");
        var passOn = post(CHAIR, "assignee", "{\"userId\":\"camilla.sand\"}");

        // then each works, and the minute-taker has it
        assertThat(List.of(claim, release, passOn))
                .allSatisfy(a -> assertThat(a.getStatusCode().value())
                        .as(String.valueOf(a.getBody()))
                        .isEqualTo(204));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo("camilla.sand");
    }

    @Test
    void shouldTellTheSecondClaimantInDanishThatSomeoneHasIt() {
        // given the chair has claimed the task
        assertThat(post(CHAIR, "claim", "{\"userId\":\"" + CHAIR + "\"}")
                        .getStatusCode()
                        .value())
                .isEqualTo(204);

        // when the minute-taker, who may do it too, claims it a moment later
        var second = post("camilla.sand", "claim", "{\"userId\":\"camilla.sand\"}");

        // then 409 in Danish, naming no one, and the chair keeps it
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody())
                .contains("En anden har allerede overtaget opgaven")
                .doesNotContain(CHAIR);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo(CHAIR);
    }

    private ResponseEntity<String> post(String user, String action, String json) {
        return as(user).postForEntity(
                        url("/engine-rest/task/" + task.getId() + "/" + action), jsonBody(json), String.class);
    }

    private Set<String> links() {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(link -> link.getType() + ":" + link.getUserId() + ":" + link.getGroupId())
                .collect(Collectors.toSet());
    }
}
