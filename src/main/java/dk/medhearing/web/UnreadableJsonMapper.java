package dk.medhearing.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The engine REST API's answer to a body that is not valid JSON, or JSON of the wrong shape: 400 with a plain Danish
 * message naming where (line and column) or which field, instead of Jackson's English text as {@code text/plain}.
 */
@Provider
@Priority(1)
public class UnreadableJsonMapper implements ExceptionMapper<JsonParseException> {

    static final String SUMMARY = "Forespørgslen blev ikke behandlet";

    @Override
    public Response toResponse(JsonParseException exception) {
        JsonLocation at = exception.getLocation();
        String where = at == null ? "" : " (linje " + at.getLineNr() + ", kolonne " + at.getColumnNr() + ")";
        return answer("Indholdet er ikke gyldig JSON" + where + ".", List.of());
    }

    static Response answer(String message, List<FieldError> errors) {
        return EngineErrors.json(Response.Status.BAD_REQUEST, "ValidationFailed", SUMMARY + ": " + message, errors);
    }

    /** JSON that parses but does not fit: a field of the wrong type, say. */
    @Provider
    @Priority(1)
    public static class WrongShape implements ExceptionMapper<JsonMappingException> {

        @Override
        public Response toResponse(JsonMappingException exception) {
            String field = exception.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (field.isEmpty()) {
                return answer("Indholdet har ikke den form, forespørgslen kræver.", List.of());
            }
            String message = "Feltet '" + field + "' har en værdi af en anden type, end forespørgslen kræver.";
            return answer(message, List.of(new FieldError(field, message)));
        }
    }
}
