package dk.medhearing.web;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * Turns failures of our own API into JSON {@link ApiError}s with Danish messages: every controller of ours (the whole
 * {@code dk.medhearing} package, so a new feature's controller is covered without being named here); the failures
 * of our HTML pages ({@link Page}) go to {@link PageErrors} first.
 */
@RestControllerAdvice(basePackages = "dk.medhearing")
public class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** A user's rejected input: 400 with the field errors, and one WARN line in the log ({@link RejectedInput}). */
    @ExceptionHandler(ValidationFailedException.class)
    ResponseEntity<ApiError> invalid(ValidationFailedException e, HttpServletRequest request) {
        RejectedInput.log(request.getMethod(), request.getRequestURI(), e);
        return error(HttpStatus.BAD_REQUEST, "Forespørgslen blev afvist: ugyldige oplysninger", e.errors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(
                HttpStatus.BAD_REQUEST,
                "Forespørgslen kunne ikke læses som JSON",
                List.of(new FieldError(
                        "body", "Indholdet skal være gyldig JSON med de dokumenterede felter og formater")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return error(
                HttpStatus.BAD_REQUEST,
                "Der mangler en parameter",
                List.of(new FieldError(e.getParameterName(), "Parameteren skal angives")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return error(
                HttpStatus.BAD_REQUEST,
                "Ugyldig parameter",
                List.of(new FieldError(e.getName(), "Værdien '" + e.getValue() + "' har ikke det rigtige format")));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiError> forbidden(AuthorizationException e) {
        return error(HttpStatus.FORBIDDEN, "Du har ikke adgang til dette", List.of());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiError> status(ResponseStatusException e) {
        return error(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason(), List.of());
    }

    /** A rule broken inside the engine (a delegate or listener), wrapped by the engine. */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ApiError> engine(ProcessEngineException e, HttpServletRequest request) {
        ValidationFailedException validation = EngineErrors.find(e, ValidationFailedException.class);
        return validation != null ? invalid(validation, request) : unexpected(e);
    }

    /**
     * The catch-all: Spring's own 4xx keep their status; anything else is logged and answered with a plain Danish
     * message, never with SQL or a stack trace.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return error(HttpStatus.valueOf(known.getStatusCode().value()), "Forespørgslen blev afvist", List.of());
        }
        LOG.error("Request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, EngineErrors.SERVER_ERROR, List.of());
    }

    /** Always JSON, also for a request that accepts only what the endpoint serves (e.g. {@code application/pdf}). */
    private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<FieldError> errors) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), message, errors));
    }
}
