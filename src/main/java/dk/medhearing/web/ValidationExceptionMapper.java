package dk.medhearing.web;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
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
 * answered as the engine would. {@link Rest} and {@link Unexpected} do
 * the same for the engine resources' {@code RestException} and for everything else.
 */
@Provider
@Priority(1)
public class ValidationExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    @Context
    private UriInfo request;
    @Context
    private HttpServletRequest servletRequest;

    private final ProcessEngineExceptionHandler engineDefault = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
        Response rejected = EngineErrors.rejected(exception, servletRequest);
        return rejected != null ? rejected : EngineErrors.answer(exception, engineDefault.toResponse(exception),
                new GoneResource(request));
    }

    /** The same for failures the engine's REST resources have wrapped in a {@link RestException}. */
    @Provider
    @Priority(1)
    public static class Rest implements ExceptionMapper<RestException> {

        @Context
        private UriInfo request;
        @Context
        private HttpServletRequest servletRequest;

        private final RestExceptionHandler engineDefault = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            Response rejected = EngineErrors.rejected(exception, servletRequest);
            return rejected != null ? rejected : EngineErrors.answer(exception, engineDefault.toResponse(exception),
                new GoneResource(request));
        }
    }

    /** The catch-all: whatever else fails, no stack trace or SQL leaves the server. */
    @Provider
    @Priority(1)
    public static class Unexpected implements ExceptionMapper<Throwable> {

        @Context
        private UriInfo request;
        @Context
        private HttpServletRequest servletRequest;

        private final ExceptionHandler engineDefault = new ExceptionHandler();

        @Override
        public Response toResponse(Throwable exception) {
            Response rejected = EngineErrors.rejected(exception, servletRequest);
            return rejected != null ? rejected : EngineErrors.answer(exception, engineDefault.toResponse(exception),
                new GoneResource(request));
        }
    }
}
