package dk.medhearing.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

/**
 * The app's error answer in place of Spring Boot's (whose HTML is the English "Whitelabel Error Page", and whose
 * {@code GET /error} called directly answered 500): the Danish page {@code templates/error.html} (the one our own
 * pages' failures show, {@link PageErrors}) for browsers, our JSON {@link ApiError} for everyone
 * else, with the status the failed request had. Asked for directly, {@code /error} is a page that does not exist:
 * 404. No exception text or stack trace is shown.
 */
@Controller
class ErrorAnswers implements ErrorController {

    @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model, HttpServletResponse response) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        if (!List.of(401, 403, 404).contains(status.value()) && !status.is5xxServerError()) {
            model.addAttribute("reason", message(status));
        }
        return "error";
    }

    @RequestMapping("${server.error.path:/error}")
    @ResponseBody
    ResponseEntity<ApiError> json(HttpServletRequest request) {
        HttpStatus status = status(request);
        String message = status == HttpStatus.UNAUTHORIZED && isWebappLogin(request) ? WRONG_PASSWORD : message(status);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), message, List.of()));
    }

    /**
     * The webapps' login form refused the user name and password (Camunda answers 401 without a text, and the login
     * page shows the text of the answer under "Du blev ikke logget ind").
     */
    static final String WRONG_PASSWORD = "Forkert brugernavn eller adgangskode.";

    private static boolean isWebappLogin(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path
                && WebappLogin.isLogin(
                        path.substring(Math.min(request.getContextPath().length(), path.length())));
    }

    /** The failed request's status; none when {@code /error} was asked for directly, which is then unknown. */
    static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || status.is2xxSuccessful() ? HttpStatus.NOT_FOUND : status;
    }

    static String message(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Siden eller det, du bad om, findes ikke.";
            case UNAUTHORIZED -> "Log ind for at fortsætte (login krævet).";
            case FORBIDDEN -> "Du har ikke adgang til dette.";
            case METHOD_NOT_ALLOWED -> "Siden kan ikke bruges på denne måde (metoden er ikke tilladt).";
            case UNSUPPORTED_MEDIA_TYPE -> "Forespørgslens indhold har en type, siden ikke kan læse.";
            case NOT_ACCEPTABLE -> "Siden kan ikke svare i det format, der blev bedt om.";
            case PAYLOAD_TOO_LARGE -> "Forespørgslen er for stor.";
            default ->
                status.is5xxServerError()
                        ? EngineErrors.SERVER_ERROR
                        : "Forespørgslen blev afvist, fordi den ikke kunne forstås.";
        };
    }
}
