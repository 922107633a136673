package dk.medhearing.web;

import org.camunda.bpm.engine.BadUserRequestException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input broke one or more rules; nothing was changed. It is a {@link BadUserRequestException}, so when it is thrown
 * inside the engine (a start form or a task form submitted from Tasklist) the engine REST API answers 400 and
 * Tasklist shows the message; our own API answers 400 with the field errors.
 */
public class ValidationFailedException extends BadUserRequestException {

    private final transient List<FieldError> errors;
    private final String summary;

    public ValidationFailedException(String summary, List<FieldError> errors) {
        super(summary + ": " + rules(errors));
        this.summary = summary;
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailedException of(String summary, String field, String message) {
        return new ValidationFailedException(summary, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** What was not done, "Mødet blev ikke gemt" (the message without the rules). */
    public String summary() {
        return summary;
    }

    /** The broken rules, one sentence each (the message without the summary). */
    public String rules() {
        return rules(errors);
    }

    private static String rules(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).collect(Collectors.joining(" "));
    }

    public static void throwIfAny(String summary, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(summary, errors);
        }
    }
}
