package dk.medhearing.hearing;

import dk.medhearing.calendar.CalendarProperties;
import dk.medhearing.calendar.HolidayPeriodOverlap;
import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.web.FieldError;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The hearing window's rules: its working days from the publication (with an embargo, the embargo's end) to the
 * deadline, the justification a short window needs, and the warning when it spans a holiday period.
 */
@Component
class HearingWindow {

    private final WorkingDayCalendar calendar;
    private final CalendarProperties calendarProperties;

    HearingWindow(WorkingDayCalendar calendar, CalendarProperties calendarProperties) {
        this.calendar = calendar;
        this.calendarProperties = calendarProperties;
    }

    /** The window as counted; the justification is kept only for a short window. */
    record Window(int workingDays, String justification, String holidayWarning) {

        /** Not counted (no sane deadline): the justification as given. */
        static Window notCounted(String justification) {
            return new Window(0, justification, null);
        }
    }

    /** Counts a window to a future deadline within range; a short one without justification is an error. */
    Window count(
            OffsetDateTime deadline,
            OffsetDateTime embargoUntil,
            OffsetDateTime now,
            String justification,
            List<FieldError> errors) {
        LocalDate published = (embargoUntil != null ? embargoUntil : now)
                .atZoneSameInstant(EngineClock.ZONE)
                .toLocalDate();
        LocalDate due = deadline.atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        int window = calendar.workingDaysBetween(published, due);
        int minimum = calendarProperties.minimumWindowWorkingDays();
        if (window < minimum && justification == null) {
            errors.add(new FieldError(
                    "shortWindowJustification",
                    "Høringsperioden er kun " + window + " arbejdsdage (mindst " + minimum
                            + "). Skriv en begrundelse for den korte frist."));
        }
        List<HolidayPeriodOverlap> holidays = calendar.holidayPeriodsWithin(published, due);
        String holidayWarning = holidays.isEmpty()
                ? null
                : "Høringsperioden dækker "
                        + holidays.stream().map(HolidayPeriodOverlap::name).collect(Collectors.joining(" og "))
                        + ", hvor mange er på ferie.";
        return new Window(window, window >= minimum ? null : justification, holidayWarning);
    }
}
