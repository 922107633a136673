package dk.medhearing.board;

import dk.medhearing.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The board's pages answer an unknown or hidden hearing with a Danish 404 page, never a 5xx. */
@ControllerAdvice(assignableTypes = BoardPage.class)
class BoardErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage() + ", eller du har ikke adgang til den.");
        return "status-error";
    }
}
