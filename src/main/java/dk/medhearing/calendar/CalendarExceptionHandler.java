package dk.medhearing.calendar;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Answers a calendar request with broken parameters: 400 and each wrong field with a Danish message. */
@RestControllerAdvice(basePackageClasses = CalendarController.class)
public class CalendarExceptionHandler {

    /** The JSON body of a 400 answer. */
    public record BadRequest(int status, List<FieldError> errors) {
    }

    @ExceptionHandler(InvalidParametersException.class)
    public ResponseEntity<BadRequest> invalidParameters(InvalidParametersException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(new BadRequest(HttpStatus.BAD_REQUEST.value(), e.errors()));
    }
}
