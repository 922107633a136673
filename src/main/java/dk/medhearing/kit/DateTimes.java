package dk.medhearing.kit;

import dk.medhearing.web.FieldError;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the date-times users and programs send (ISO with offset, or local time in {@link EngineClock#ZONE}) and
 * writes dates and times the Danish way: the one place for Danish date formats.
 */
public final class DateTimes {

    public static final String FORMAT_HINT = "ÅÅÅÅ-MM-DDTtt:mm, fx 2026-12-10T12:00";
    /** Danish: month and day names, number format. */
    public static final Locale DANISH_LOCALE = Locale.forLanguageTag("da-DK");

    private static final DateTimeFormatter DANISH =
            DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy 'kl.' HH.mm", DANISH_LOCALE);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH.mm");
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH_LOCALE);
    private static final DateTimeFormatter DANISH_DAY =
            DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DANISH_LOCALE);
    private static final DateTimeFormatter DANISH_TIME = DateTimeFormatter.ofPattern("HH.mm");

    private DateTimes() {}

    /**
     * Parses {@code value}; a blank value is {@code null} (or an error if {@code required}); an unreadable one adds an
     * error naming {@code field} and {@code label} and returns {@code null}.
     */
    public static OffsetDateTime parse(
            String field, String label, String value, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, label + " skal udfyldes."));
            }
            return null;
        }
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(EngineClock.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException notLocal) {
                errors.add(new FieldError(
                        field,
                        label + " skal være en dato og et klokkeslæt (" + FORMAT_HINT + "), ikke '" + text + "'."));
                return null;
            }
        }
    }

    /** "torsdag den 5. november 2015 kl. 11.00". */
    public static String danish(OffsetDateTime time) {
        return time == null ? "" : DANISH.format(time.atZoneSameInstant(EngineClock.ZONE));
    }

    /** "05.11.2015 kl. 11.00", for tables. */
    public static String shortDanish(OffsetDateTime time) {
        return time == null ? "" : SHORT.format(time.atZoneSameInstant(EngineClock.ZONE));
    }

    /** "5. november 2015". */
    public static String danishDate(OffsetDateTime time) {
        return time == null ? "" : DANISH_DATE.format(time.atZoneSameInstant(EngineClock.ZONE));
    }

    /** "torsdag den 5. november 2015". */
    public static String danishDay(OffsetDateTime time) {
        return time == null ? "" : DANISH_DAY.format(time.atZoneSameInstant(EngineClock.ZONE));
    }

    /** "5. november 2015". */
    public static String danishDate(LocalDate date) {
        return date == null ? "" : DANISH_DATE.format(date);
    }

    /** "torsdag den 5. november 2015". */
    public static String danishDay(LocalDate date) {
        return date == null ? "" : DANISH_DAY.format(date);
    }

    /** "11.00". */
    public static String danishTime(OffsetDateTime time) {
        return time == null ? "" : DANISH_TIME.format(time.atZoneSameInstant(EngineClock.ZONE));
    }
}
