package dk.medhearing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chooses the engine REST API's answer to a failure; see {@link ValidationExceptionMapper}. */
final class EngineErrors {

    static final String SERVER_ERROR = "Der opstod en uventet fejl på serveren, og intet blev gemt. Prøv igen om lidt,"
            + " eller kontakt administrationen.";
    static final String CONFLICT = "Det samme blev ændret samtidig, af en anden eller af systemet, så intet blev gemt."
            + " Hent siden igen, og prøv en gang til.";
    /** For every refused permission (Tasklist, Cockpit, API clients), so it names no task or resource of its own. */
    static final String FORBIDDEN = "Du har ikke adgang til dette, så intet blev gemt. Er det en opgave, kan den høre "
            + "til en anden CenterMED eller være overtaget af en anden: hent siden igen. Ellers kontakt administrationen.";
    /**
     * For a task that closed while its user had it open: the deadline passed, the meeting began (which ends "Flyt
     * CenterMED-mødet"), or someone else completed it.
     */
    static final String TASK_GONE = "Opgaven er ikke længere åben: fristen er udløbet, mødet er begyndt, eller en"
            + " anden har allerede afsluttet den. Det, du har skrevet her, er ikke gemt. Kopiér det, hvis du vil bruge"
            + " det, og hent så siden igen.";
    /** For a claim on a task someone else claimed first. */
    static final String TAKEN = "En anden har allerede overtaget opgaven, så intet blev ændret. Hent siden igen for at"
            + " se, hvem der har den.";
    /** For a job that fired, finished or was deleted while an administrator changed it (its due date, retries). */
    static final String JOB_GONE = "Jobbet findes ikke længere: det er allerede kørt eller slettet, så intet blev"
            + " ændret. Hent siden igen.";

    private static final Logger LOG = LoggerFactory.getLogger(EngineErrors.class);

    private EngineErrors() {}

    /** What a failed request was about, as far as its answer depends on it; asked only when it matters. */
    interface Gone {
        /** Whether the request was about a task that no longer exists. */
        boolean task();

        /** Whether the request was about a job that no longer exists. */
        boolean job();

        /** Whether the request was about an open task that the requesting user may not see. */
        default boolean taskHidden() {
            return false;
        }
    }

    /**
     * The answer to a user's rejected input (400 with our message and the field errors), logged as one WARN line by
     * {@link RejectedInput}; {@code null} for any other failure. Asked before the engine's own answer, which would
     * log the failure as an HTTP 500 with its stack trace.
     */
    static Response rejected(Throwable exception, HttpServletRequest request) {
        ValidationFailedException validation = find(exception, ValidationFailedException.class);
        if (validation == null) {
            return null;
        }
        RejectedInput.log(
                request == null ? "" : request.getMethod(), request == null ? "" : request.getRequestURI(), validation);
        return invalid(validation);
    }

    static Response answer(Throwable exception, Response engineAnswer, Gone gone) {
        ValidationFailedException validation = find(exception, ValidationFailedException.class);
        if (validation != null) {
            return invalid(validation);
        }
        int status = engineAnswer.getStatus();
        if ((status == 400 || status == 404 || status >= 500) && gone.task()) {
            LOG.info("Engine REST request named a task that is no longer open: {}", exception.getMessage());
            return json(Response.Status.NOT_FOUND, "NotFound", TASK_GONE, List.of());
        }
        if ((status == 400 || status == 404 || status >= 500) && gone.taskHidden()) {
            LOG.info("Engine REST request named a task the user may not see: {}", exception.getMessage());
            return json(Response.Status.FORBIDDEN, "AuthorizationException", FORBIDDEN, List.of());
        }
        NotFoundException notFound = find(exception, NotFoundException.class);
        if (notFound != null && status >= 500) {
            return json(Response.Status.NOT_FOUND, "NotFound", "Det, du bad om, findes ikke (længere).", List.of());
        }
        if (status >= 500 && gone.job()) {
            LOG.info("Engine REST request named a job that no longer exists: {}", exception.getMessage());
            return json(Response.Status.NOT_FOUND, "NotFound", JOB_GONE, List.of());
        }
        if (status >= 500 && find(exception, TaskAlreadyClaimedException.class) != null) {
            return json(Response.Status.CONFLICT, "Conflict", TAKEN, List.of());
        }
        OptimisticLockingException conflict = find(exception, OptimisticLockingException.class);
        if (conflict != null && status >= 500) {
            LOG.warn("Engine REST request met a concurrent change: {}", conflict.getMessage());
            return json(Response.Status.CONFLICT, "Conflict", CONFLICT, List.of());
        }
        AuthorizationException denied = find(exception, AuthorizationException.class);
        if (denied != null && status == Response.Status.FORBIDDEN.getStatusCode()) {
            // the engine's text names permissions and resource ids: for the log, not for the user
            LOG.info("Engine REST request refused: {}", denied.getMessage());
            return json(Response.Status.FORBIDDEN, "AuthorizationException", FORBIDDEN, List.of());
        }
        if (status >= 500) {
            LOG.error("Engine REST request failed", exception);
            return json(Response.Status.INTERNAL_SERVER_ERROR, "ServerError", SERVER_ERROR, List.of());
        }
        return engineAnswer;
    }

    /**
     * Tasklist shows its own heading ("Opgaven blev ikke afsluttet", "Forløbet blev ikke startet") above the message:
     * the message is the broken rules only, so nothing is said twice; the summary is for API clients.
     */
    private static Response invalid(ValidationFailedException validation) {
        return json(
                Response.Status.BAD_REQUEST,
                "ValidationFailed",
                validation.rules(),
                validation.errors(),
                validation.summary());
    }

    /** Our JSON error body: {@code type}, a Danish {@code message}, the field {@code errors}. */
    static Response json(Response.Status status, String type, String message, List<FieldError> errors) {
        return json(status, type, message, errors, null);
    }

    /** The same with a {@code summary}, what was not done ("Mødet blev ikke gemt"), when there is one. */
    private static Response json(
            Response.Status status, String type, String message, List<FieldError> errors, String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        if (summary != null) {
            body.put("summary", summary);
        }
        body.put("errors", errors);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
