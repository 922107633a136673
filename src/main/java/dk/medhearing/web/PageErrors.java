package dk.medhearing.web;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * Failures of our own pages ({@link Page}) as the Danish error page {@code templates/error.html} with its status and a
 * way on; the same template Spring Boot's error controller renders for a page nobody handled (an unknown path).
 */
@ControllerAdvice(annotations = Page.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpServletResponse.SC_NOT_FOUND, e.getMessage() + ", eller du har ikke adgang til den.");
    }

    @ExceptionHandler(AuthorizationException.class)
    ModelAndView forbidden(AuthorizationException e) {
        return page(HttpServletResponse.SC_FORBIDDEN, null);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e) {
        return page(e.getStatusCode().value(), e.getReason());
    }

    /** Spring's own 4xx keep their status; anything else is logged and shown as the plain Danish 500 page. */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return page(known.getStatusCode().value(), null);
        }
        LOG.error("Page failed", e);
        return page(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, null);
    }

    private static ModelAndView page(int status, String message) {
        ModelAndView view = new ModelAndView(
                "error", message == null ? Map.of("status", status) : Map.of("status", status, "reason", message));
        view.setStatus(HttpStatusCode.valueOf(status));
        return view;
    }
}
