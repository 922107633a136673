package dk.medhearing.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules every input shares: the reference pattern, text lengths, the characters no text may hold, single-line fields
 * and how far ahead a date may lie (docs/api.md, "Limits").
 */
public final class InputRules {

    /** Upper case letters (ÆØÅ too), digits and '-', starting with a letter or digit, 2 to 40 characters. */
    public static final Pattern REFERENCE = Pattern.compile("[A-ZÆØÅ0-9][A-ZÆØÅ0-9-]{1,39}");

    public static final int MAX_YEARS_AHEAD = 2;
    /** No date of ours lies before this year: older dates are typing errors (and would be drawn day by day). */
    public static final int EARLIEST_YEAR = 2000;
    /** The political committee's journal reference (the column holds 128 characters). */
    public static final int MAX_JOURNAL_REFERENCE = 128;

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private InputRules() {}

    /** A reference as stored and compared: trimmed and in upper case, so "bif-1" and "BIF-1" are the same. */
    public static String normaliseReference(String reference) {
        return reference == null || reference.isBlank()
                ? null
                : reference.trim().toUpperCase(Locale.ROOT);
    }

    /** Adds an error naming the field when the text is longer than {@code max} characters. */
    public static void maxLength(List<FieldError> errors, String field, String label, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(
                    field,
                    label + " må højst være " + String.format(DANISH, "%,d", max) + " tegn (der er "
                            + String.format(DANISH, "%,d", value.length()) + ")."));
        }
    }

    /**
     * Adds an error naming the field when the text holds a character no text may hold ({@link #isForbidden}:
     * control characters other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF), or, for a single-line
     * field ({@code singleLine}: titles, places, names, references), a line break. {@code label} is the field's
     * Danish name as the user sees it. Returns whether the text is clean.
     */
    public static boolean plainText(
            List<FieldError> errors, String field, String label, String value, boolean singleLine) {
        String message = plainTextError(label, value, singleLine);
        if (message != null) {
            errors.add(new FieldError(field, message));
        }
        return message == null;
    }

    /** The Danish message of {@link #plainText}'s rule, {@code null} when the text keeps it. */
    public static String plainTextError(String label, String value, boolean singleLine) {
        if (hasForbidden(value)) {
            return "Feltet '" + label + "' indeholder et kontroltegn, som ikke er tilladt.";
        }
        if (singleLine && hasLineBreak(value)) {
            return "Feltet '" + label + "' skal stå på én linje (uden linjeskift).";
        }
        return null;
    }

    /**
     * Adds an error naming the field when the time lies before {@link #EARLIEST_YEAR} or more than
     * {@link #MAX_YEARS_AHEAD} years after now; returns whether it lies within that range (a missing time does).
     */
    public static boolean withinRange(
            List<FieldError> errors, String field, String label, OffsetDateTime time, OffsetDateTime now) {
        return time == null
                || withinRange(
                        errors,
                        field,
                        label,
                        time.getYear() < EARLIEST_YEAR,
                        time.isAfter(now.plusYears(MAX_YEARS_AHEAD)));
    }

    /** The same rule for a date: not before {@link #EARLIEST_YEAR}, at most {@link #MAX_YEARS_AHEAD} years ahead. */
    public static boolean withinRange(
            List<FieldError> errors, String field, String label, LocalDate date, LocalDate today) {
        return date == null
                || withinRange(
                        errors,
                        field,
                        label,
                        date.getYear() < EARLIEST_YEAR,
                        date.isAfter(today.plusYears(MAX_YEARS_AHEAD)));
    }

    private static boolean withinRange(
            List<FieldError> errors, String field, String label, boolean tooEarly, boolean tooLate) {
        if (tooEarly) {
            errors.add(new FieldError(field, label + " må ikke ligge før år " + EARLIEST_YEAR + "."));
        } else if (tooLate) {
            errors.add(new FieldError(field, label + " må højst ligge " + MAX_YEARS_AHEAD + " år ude i fremtiden."));
        }
        return !tooEarly && !tooLate;
    }

    /**
     * Whether a code point is one no text may hold: a control character (U+0000-U+001F and U+007F-U+009F) other than
     * tab, line feed and carriage return; a lone surrogate; the non-characters U+FFFE and U+FFFF. These are what XML
     * 1.0 cannot hold (or, U+007F-U+009F, discourages), and nobody types them on purpose.
     */
    public static boolean isForbidden(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return false;
        }
        return codePoint < 0x20
                || codePoint >= 0x7F && codePoint <= 0x9F
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE
                || codePoint == 0xFFFE
                || codePoint == 0xFFFF;
    }

    /** Whether the text holds a line feed or a carriage return. */
    public static boolean hasLineBreak(String text) {
        return text != null && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0);
    }

    /** Whether the text holds a code point no text may hold ({@link #isForbidden}); {@code null} holds none. */
    public static boolean hasForbidden(String text) {
        return text != null && text.codePoints().anyMatch(InputRules::isForbidden);
    }
}
