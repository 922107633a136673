package dk.medhearing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.function.Function;

/**
 * The one mapping behind {@link ValidationExceptionMapper} and its two siblings: our Danish answer
 * ({@link EngineErrors#rejected}), or the engine's default answer ({@code engineDefault}) made plain
 * ({@link EngineErrors#answer}).
 */
abstract class EngineExceptionMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    private UriInfo request;

    @Context
    private HttpServletRequest servletRequest;

    private final Function<E, Response> engineDefault;

    EngineExceptionMapper(Function<E, Response> engineDefault) {
        this.engineDefault = engineDefault;
    }

    @Override
    public Response toResponse(E exception) {
        Response rejected = EngineErrors.rejected(exception, servletRequest);
        return rejected != null
                ? rejected
                : EngineErrors.answer(exception, engineDefault.apply(exception), new GoneResource(request));
    }
}
