package dk.medhearing.calendar;

/** A broken rule of a request: the parameter and a Danish message that names the rule. */
public record FieldError(String field, String message) {
}
