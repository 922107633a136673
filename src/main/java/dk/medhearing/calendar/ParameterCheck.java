package dk.medhearing.calendar;

import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.ValidationFailedException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the query parameters of one calendar request and collects every broken rule (with a Danish message), so
 * the answer names all wrong fields at once.
 */
class ParameterCheck {

    private final List<FieldError> errors = new ArrayList<>();

    /** The parameter as a date written ÅÅÅÅ-MM-DD, or null (and an error) when it is missing or malformed. */
    LocalDate date(String field, String value) {
        return parse(
                field,
                value,
                LocalDate::parse,
                "Datoen mangler: skriv den som ÅÅÅÅ-MM-DD",
                "Datoen skal skrives som ÅÅÅÅ-MM-DD og være en gyldig dato");
    }

    /**
     * The parameter as a date within the range every date of ours keeps ({@link InputRules#withinRange}), or null
     * (and an error) when it is missing, malformed or out of range.
     */
    LocalDate date(String field, String value, LocalDate today) {
        LocalDate date = date(field, value);
        return InputRules.withinRange(errors, field, "Datoen", date, today) ? date : null;
    }

    /** The parameter as a whole number, or null (and an error) when it is missing or not a whole number. */
    Integer wholeNumber(String field, String value) {
        return parse(
                field,
                value,
                Integer::valueOf,
                "Antallet mangler: skriv et helt tal",
                "Antallet skal være et helt tal");
    }

    /** Records an error for the field unless the rule holds. */
    void require(boolean rule, String field, String message) {
        if (!rule) {
            reject(field, message);
        }
    }

    /** Ends the request with 400 when any rule was broken. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException("Ugyldige parametre", errors);
        }
    }

    private <T> T parse(
            String field, String value, Function<String, T> parser, String whenMissing, String whenMalformed) {
        if (value == null || value.isBlank()) {
            return reject(field, whenMissing);
        }
        try {
            return parser.apply(value.trim());
        } catch (DateTimeParseException | NumberFormatException e) {
            return reject(field, whenMalformed);
        }
    }

    private <T> T reject(String field, String message) {
        errors.add(new FieldError(field, message));
        return null;
    }
}
