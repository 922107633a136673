package dk.medhearing.web;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EngineErrorsTest {

    private static final Response ENGINE_500 = Response.serverError().build();

    @Test
    void shouldAnswerAConcurrentChangeWithADanishConflict() {
        // given the engine's 500 for a change another transaction made first (wrapped, as the REST layer does)
        Throwable failure = new ProcessEngineException("failed", new OptimisticLockingException("Job was updated"));

        // when it is answered
        Response answer = EngineErrors.answer(failure, ENGINE_500, () -> false);

        // then 409 in Danish, without the engine's own words
        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(body(answer)).containsEntry("type", "Conflict").containsEntry("message", EngineErrors.CONFLICT);
        assertThat(body(answer).toString()).doesNotContain("OptimisticLocking", "Job was updated");
    }

    @Test
    void shouldAnswerSomethingGoneWithNotFound() {
        Response answer = EngineErrors.answer(new NotFoundException("No job"), ENGINE_500, () -> false);

        assertThat(answer.getStatus()).isEqualTo(404);
    }

    @Test
    void shouldAnswerAChangeToAVanishedJobWithNotFoundInDanish() {
        // given the job resource's 500 for a due date set on a timer that fired meanwhile: a message, no cause
        Throwable failure = new ProcessEngineException("No job found with id 'job-1'.");

        // when it is answered, the request having named a job that no longer exists
        Response answer = EngineErrors.answer(failure, ENGINE_500, () -> true);

        // then 404 in Danish, without the engine's words
        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(body(answer)).containsEntry("type", "NotFound").containsEntry("message", EngineErrors.JOB_GONE);
        assertThat(body(answer).toString()).doesNotContain("job-1");
    }

    @Test
    void shouldNotAskAboutTheJobForTheEnginesClientErrors() {
        Response engine400 = Response.status(400).build();

        Response answer = EngineErrors.answer(new ProcessEngineException("bad"), engine400, () -> {
            throw new AssertionError("asked");
        });

        assertThat(answer).isSameAs(engine400);
    }

    @Test
    void shouldAnswerAnythingElseWithTheDanishServerError() {
        Response answer = EngineErrors.answer(new ProcessEngineException("boom"), ENGINE_500, () -> false);

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(body(answer)).containsEntry("message", EngineErrors.SERVER_ERROR);
    }

    @Test
    void shouldAnswerAMissingPermissionInDanishWithoutTheEnginesDetails() {
        // given the engine's 403 for a user who may not work on a task
        Throwable failure = new AuthorizationException("The user with id 'jakob.ravn' does not have 'TASK_WORK' "
                + "permission on resource 'task-1' of type 'Task'");

        // when it is answered
        Response answer = EngineErrors.answer(failure, Response.status(403).build(), () -> false);

        // then 403 in Danish, naming neither the user, the permission nor the resource
        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(body(answer)).containsEntry("type", "AuthorizationException")
                .containsEntry("message", EngineErrors.FORBIDDEN);
        assertThat(body(answer).toString()).doesNotContain("jakob.ravn", "TASK_WORK", "task-1");
    }

    @Test
    void shouldLeaveTheEnginesOwnClientErrorsAlone() {
        Response engine400 = Response.status(400).build();

        assertThat(EngineErrors.answer(new OptimisticLockingException("x"), engine400, () -> false)).isSameAs(engine400);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response answer) {
        return (Map<String, Object>) answer.getEntity();
    }
}
