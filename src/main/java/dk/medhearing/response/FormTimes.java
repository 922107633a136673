package dk.medhearing.response;

import dk.medhearing.web.EngineClock;
import dk.medhearing.web.FieldError;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

import static dk.medhearing.response.CommitteeResponseVariables.MEETING_END;

/** Form-js date/time values and the stored times, in Europe/Copenhagen. */
public final class FormTimes {
    private FormTimes() {
    }

    public static String localDateTime(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(EngineClock.ZONE).toLocalDateTime().toString();
    }

    public static String localTime(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(EngineClock.ZONE).toLocalTime().toString();
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
            OffsetDateTime end = start.atZoneSameInstant(EngineClock.ZONE).with(time).toOffsetDateTime();
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
