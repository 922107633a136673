package dk.medhearing.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine REST API's answers to failures, on {@code /engine-rest} and on the webapps' engine API
 * ({@code /camunda/api/engine}) alike. The engine wraps what a task listener or delegate throws; when the cause is one
 * of our {@link ValidationFailedException}s (a form broke a rule) the answer is 400 with only our Danish message and
 * the field errors; an unknown task, a task that closed while its user had it open, and a job that vanished while
 * it was being changed are 404 ({@link GoneResource}); a missing permission is 403 with a plain Danish message;
 * anything the engine would answer with 5xx gets a plain Danish message (the details are logged, never sent). Other 4xx are
 * answered as the engine would. One mapper, registered for the three types the engine's own mappers answer (JAX-RS
 * picks the mapper of the closest type, so each needs ours): {@link ProcessEngineException} (this class),
 * {@link Rest} for the engine resources' {@code RestException} and {@link Unexpected} for everything else. Each
 * differs only in the engine's default answer it starts from.
 */
@Provider
@Priority(1)
public class ValidationExceptionMapper extends EngineExceptionMapper<ProcessEngineException> {

    public ValidationExceptionMapper() {
        super(new ProcessEngineExceptionHandler()::toResponse);
    }

    /** The same for failures the engine's REST resources have wrapped in a {@link RestException}. */
    @Provider
    @Priority(1)
    public static class Rest extends EngineExceptionMapper<RestException> {

        public Rest() {
            super(new RestExceptionHandler()::toResponse);
        }
    }

    /** The catch-all: whatever else fails, no stack trace or SQL leaves the server. */
    @Provider
    @Priority(1)
    public static class Unexpected extends EngineExceptionMapper<Throwable> {

        public Unexpected() {
            super(new ExceptionHandler()::toResponse);
        }
    }
}
