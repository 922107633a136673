package dk.medhearing.web;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EngineErrorsTest {

    private static final Response ENGINE_500 = Response.serverError().build();
    private static final EngineErrors.Gone NOTHING_GONE = new Gone(false, false);

    @Test
    void shouldAnswerAConcurrentChangeWithADanishConflict() {
        // given the engine's 500 for a change another transaction made first (wrapped, as the REST layer does)
        Throwable failure = new ProcessEngineException("failed", new OptimisticLockingException("Job was updated"));

        // when it is answered
        Response answer = EngineErrors.answer(failure, ENGINE_500, NOTHING_GONE);

        // then 409 in Danish, without the engine's own words
        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(body(answer)).containsEntry("type", "Conflict").containsEntry("message", EngineErrors.CONFLICT);
        assertThat(body(answer).toString()).doesNotContain("OptimisticLocking", "Job was updated");
    }

    @Test
    void shouldAnswerAClaimOnATakenTaskWithADanishConflict() {
        Throwable failure = new TaskAlreadyClaimedException("t-1", "anders.friis");

        Response answer = EngineErrors.answer(failure, ENGINE_500, NOTHING_GONE);

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(body(answer)).containsEntry("message", EngineErrors.TAKEN);
        assertThat(body(answer).toString()).doesNotContain("anders.friis", "t-1");
    }

    @Test
    void shouldAnswerSomethingGoneWithNotFound() {
        Response answer = EngineErrors.answer(new NotFoundException("No job"), ENGINE_500, NOTHING_GONE);

        assertThat(answer.getStatus()).isEqualTo(404);
    }

    @Test
    void shouldAnswerAChangeToAVanishedJobWithNotFoundInDanish() {
        // given the job resource's 500 for a due date set on a timer that fired meanwhile: a message, no cause
        Throwable failure = new ProcessEngineException("No job found with id 'job-1'.");

        // when it is answered, the request having named a job that no longer exists
        Response answer = EngineErrors.answer(failure, ENGINE_500, new Gone(false, true));

        // then 404 in Danish, without the engine's words
        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(body(answer)).containsEntry("type", "NotFound").containsEntry("message", EngineErrors.JOB_GONE);
        assertThat(body(answer).toString()).doesNotContain("job-1");
    }

    @Test
    void shouldNotAskAboutTheJobForTheEnginesClientErrors() {
        Response engine400 = Response.status(400).build();

        Response answer = EngineErrors.answer(new ProcessEngineException("bad"), engine400, new EngineErrors.Gone() {
            @Override
            public boolean task() {
                return false;
            }

            @Override
            public boolean job() {
                throw new AssertionError("asked");
            }
        });

        assertThat(answer).isSameAs(engine400);
    }

    @Test
    void shouldAnswerAnyFailureAboutAClosedTaskWithNotFoundInDanish() {
        // given the engine's answers for a task that closed meanwhile: 400 (its form), 404 (the task), 500 (a claim)
        for (Response engine :
                List.of(Response.status(400).build(), Response.status(404).build(), ENGINE_500)) {
            // when each is answered, the request having named a task that is no longer open
            Response answer = EngineErrors.answer(
                    new ProcessEngineException("Cannot find task with id 't-1'"), engine, new Gone(true, false));

            // then 404 with our Danish explanation, that her text is not saved, without the engine's words
            assertThat(answer.getStatus()).isEqualTo(404);
            assertThat(body(answer)).containsEntry("message", EngineErrors.TASK_GONE);
            assertThat(body(answer).toString()).doesNotContain("t-1", "Cannot find");
        }
    }

    @Test
    void shouldLeaveARefusalAboutAnotherCommitteesTaskARefusal() {
        Response answer = EngineErrors.answer(
                new AuthorizationException("no"), Response.status(403).build(), new Gone(true, false));

        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(body(answer)).containsEntry("message", EngineErrors.FORBIDDEN);
    }

    @Test
    void shouldAnswerAnythingElseWithTheDanishServerError() {
        Response answer = EngineErrors.answer(new ProcessEngineException("boom"), ENGINE_500, NOTHING_GONE);

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(body(answer)).containsEntry("message", EngineErrors.SERVER_ERROR);
    }

    @Test
    void shouldAnswerAMissingPermissionInDanishWithoutTheEnginesDetails() {
        // given the engine's 403 for a user who may not work on a task
        Throwable failure = new AuthorizationException("The user with id 'jakob.ravn' does not have 'TASK_WORK' "
                + "permission on resource 'task-1' of type 'Task'");

        // when it is answered
        Response answer = EngineErrors.answer(failure, Response.status(403).build(), NOTHING_GONE);

        // then 403 in Danish, naming neither the user, the permission nor the resource
        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(body(answer))
                .containsEntry("type", "AuthorizationException")
                .containsEntry("message", EngineErrors.FORBIDDEN);
        assertThat(body(answer).toString()).doesNotContain("jakob.ravn", "TASK_WORK", "task-1");
    }

    @Test
    void shouldLeaveTheEnginesOwnClientErrorsAlone() {
        Response engine400 = Response.status(400).build();

        assertThat(EngineErrors.answer(new OptimisticLockingException("x"), engine400, NOTHING_GONE))
                .isSameAs(engine400);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response answer) {
        return (Map<String, Object>) answer.getEntity();
    }

    private record Gone(boolean task, boolean job) implements EngineErrors.Gone {}
}
