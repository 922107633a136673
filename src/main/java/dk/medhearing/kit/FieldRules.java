package dk.medhearing.kit;

import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;

import java.util.List;

/**
 * The field rules several features share, written once: a title and a meeting's place (required, at most 500
 * characters). Each adds its Danish errors naming the field to {@code errors} and returns what it read.
 */
public final class FieldRules {

    public static final int MAX_TITLE = 500;
    public static final int MAX_PLACE = 500;

    private FieldRules() {}

    /**
     * A title as typed: one plain line ({@link InputRules#plainText}), required, at most {@value #MAX_TITLE}
     * characters. The trimmed title; {@code null} when missing or when it holds a character no title may hold.
     */
    public static String title(List<FieldError> errors, String field, String typed) {
        if (!InputRules.plainText(errors, field, "Titel", typed, true)) {
            return null;
        }
        String title = Texts.trimmed(typed);
        if (title == null) {
            errors.add(new FieldError(field, "Titel skal udfyldes."));
        } else if (title.length() > MAX_TITLE) {
            errors.add(new FieldError(field, "Titlen må højst være " + MAX_TITLE + " tegn."));
        }
        return title;
    }

    /** A meeting's place, already trimmed: required, at most {@value #MAX_PLACE} characters. Returns it. */
    public static String place(List<FieldError> errors, String field, String place) {
        if (place == null) {
            errors.add(new FieldError(field, "Mødested skal udfyldes."));
        }
        InputRules.maxLength(errors, field, "Mødestedet", place, MAX_PLACE);
        return place;
    }

    /** A meeting's place as typed: one plain line, then {@link #place}; {@code null} when it is not a plain line. */
    public static String placeLine(List<FieldError> errors, String field, String typed) {
        return InputRules.plainText(errors, field, "Mødested", typed, true)
                ? place(errors, field, Texts.trimmed(typed))
                : null;
    }
}
