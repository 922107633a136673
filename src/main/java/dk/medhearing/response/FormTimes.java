package dk.medhearing.response;

import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.web.FieldError;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static dk.medhearing.response.CommitteeResponseVariables.MEETING_DATE;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_END;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_START;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_TIME;

/** Form-js date/time values and the stored times, in Europe/Copenhagen. */
final class FormTimes {
    private FormTimes() {}

    /**
     * The meeting's start from a form (date + time fields) or an API client (one ISO date-time {@code start}), in
     * Europe/Copenhagen; adds an error naming the field when missing or unreadable.
     */
    static OffsetDateTime meetingStart(String date, String time, String start, List<FieldError> errors) {
        if (date == null && start != null) {
            return DateTimes.parse(MEETING_START, "Mødets dato og tidspunkt", start, true, errors);
        }
        if (date == null) {
            errors.add(new FieldError(MEETING_DATE, "Mødedato skal udfyldes."));
            return null;
        }
        if (time == null) {
            errors.add(new FieldError(MEETING_TIME, "Mødets starttidspunkt skal udfyldes."));
            return null;
        }
        try {
            return LocalDate.parse(date)
                    .atTime(LocalTime.parse(time.length() > 5 ? time.substring(0, 5) : time))
                    .atZone(EngineClock.ZONE)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(MEETING_DATE, "Mødedato og tidspunkt skal skrives som ÅÅÅÅ-MM-DD og tt:mm."));
            return null;
        }
    }

    /** Form values {@code meetingDate}, {@code meetingTime} for a stored start. */
    static void putStart(Map<String, Object> fields, OffsetDateTime start) {
        fields.put(
                MEETING_DATE,
                start == null
                        ? null
                        : start.atZoneSameInstant(EngineClock.ZONE)
                                .toLocalDate()
                                .toString());
        fields.put(MEETING_TIME, localTime(start));
    }

    public static String localTime(OffsetDateTime time) {
        return time == null
                ? null
                : time.atZoneSameInstant(EngineClock.ZONE).toLocalTime().toString();
    }

    public static OffsetDateTime offset(Date date) {
        return date == null ? null : date.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
    }

    /** The end time ("12:00") on the start's day; must be after the start. */
    public static OffsetDateTime endOn(OffsetDateTime start, String endTime, List<FieldError> errors) {
        if (endTime == null || start == null) {
            return null;
        }
        try {
            LocalTime time = LocalTime.parse(endTime.length() > 5 ? endTime.substring(0, 5) : endTime);
            OffsetDateTime end =
                    start.atZoneSameInstant(EngineClock.ZONE).with(time).toOffsetDateTime();
            if (!end.isAfter(start)) {
                errors.add(new FieldError(MEETING_END, "Mødets sluttidspunkt skal ligge efter starttidspunktet."));
                return null;
            }
            return end;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(MEETING_END, "Sluttidspunktet skal skrives som tt:mm, fx 12:00."));
            return null;
        }
    }
}
