package dk.medhearing.calendar;

import java.util.List;

/** A calendar request whose parameters broke one or more rules; answered with 400. */
class InvalidParametersException extends RuntimeException {

    private final transient List<FieldError> errors;

    InvalidParametersException(List<FieldError> errors) {
        super("Invalid parameters: " + errors);
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
