package dk.medhearing.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine wraps an exception thrown by a task listener or delegate; when the cause is one of our
 * {@link ValidationFailedException}s (a form broke a rule), the engine REST API answers 400 with the Danish message
 * and the field errors instead of 500. Everything else is answered as the engine would. {@link Rest} does the same
 * for the engine's {@code RestException}, in which its resources wrap engine failures.
 */
@Provider
@Priority(1)
public class ValidationExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler engineDefault = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
        ValidationFailedException validation = find(exception);
        return validation == null ? engineDefault.toResponse(exception) : badRequest(validation);
    }

    static Response badRequest(ValidationFailedException validation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ValidationFailedException.class.getSimpleName());
        body.put("message", validation.getMessage());
        body.put("errors", validation.errors());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    static ValidationFailedException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ValidationFailedException v) {
                return v;
            }
        }
        return null;
    }

    /** The same for failures the engine's REST resources have wrapped in a {@link RestException}. */
    @Provider
    @Priority(1)
    public static class Rest implements ExceptionMapper<RestException> {

        private final RestExceptionHandler engineDefault = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            ValidationFailedException validation = find(exception);
            return validation == null ? engineDefault.toResponse(exception) : badRequest(validation);
        }
    }
}
