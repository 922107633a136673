package dk.medhearing.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.medhearing.kit.EngineClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The working-day calendar as JSON: the working days of a window and the deadline a number of working days away.
 * Parameters are read here rather than bound by Spring, so a 400 answer can name every wrong field in Danish.
 */
@Tag(name = "Kalender")
@RestController
@RequestMapping(value = "/api/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
class CalendarController {

    /** The longest window and the most working days one request may ask about. */
    static final int MAX_DAYS = 366;

    private final WorkingDayCalendar calendar;
    private final EngineClock clock;

    CalendarController(WorkingDayCalendar calendar, EngineClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * A hearing window: its working days (counted as {@link WorkingDayCalendar#workingDaysBetween}), the days off
     * and half days off in it, the holiday periods it overlaps, and whether it reaches the minimum length.
     */
    public record WorkingDaysResponse(
            LocalDate from,
            LocalDate to,
            int workingDays,
            List<DayInfo> nonWorkingDays,
            List<DayInfo> halfDays,
            List<HolidayPeriodOverlap> holidayPeriods,
            LocalDate earliestDeadline,
            boolean longEnough) {}

    /** A date a number of working days away; {@code rolledForwardFrom} only when a day off was rolled forward. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AddResponse(
            LocalDate date, int workingDays, LocalDate result, String description, LocalDate rolledForwardFrom) {}

    @Operation(summary = "Arbejdsdage mellem to datoer, med fridagene")
    @GetMapping("/working-days")
    public WorkingDaysResponse workingDays(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ParameterCheck check = new ParameterCheck();
        LocalDate today = today();
        LocalDate start = check.date("from", from, today);
        LocalDate end = check.date("to", to, today);
        if (start != null && end != null) {
            check.require(!end.isBefore(start), "to", "Slutdatoen må ikke ligge før startdatoen (from)");
            check.require(
                    ChronoUnit.DAYS.between(start, end) <= MAX_DAYS,
                    "to",
                    "Perioden må højst være " + MAX_DAYS + " dage");
        }
        check.throwIfInvalid();
        LocalDate earliestDeadline = calendar.earliestDeadline(start);
        return new WorkingDaysResponse(
                start,
                end,
                calendar.workingDaysBetween(start, end),
                calendar.nonWorkingDaysBetween(start, end),
                calendar.halfDaysBetween(start, end),
                calendar.holidayPeriodsWithin(start, end),
                earliestDeadline,
                !end.isBefore(earliestDeadline));
    }

    @Operation(summary = "Datoen et antal arbejdsdage efter (eller før) en dato")
    @GetMapping("/add")
    public AddResponse add(
            @RequestParam(required = false) String date, @RequestParam(required = false) String workingDays) {
        ParameterCheck check = new ParameterCheck();
        LocalDate start = check.date("date", date, today());
        Integer n = check.wholeNumber("workingDays", workingDays);
        if (n != null) {
            check.require(
                    n >= -MAX_DAYS && n <= MAX_DAYS,
                    "workingDays",
                    "Antallet af arbejdsdage skal ligge mellem -" + MAX_DAYS + " og " + MAX_DAYS);
        }
        check.throwIfInvalid();
        LocalDate result = calendar.addWorkingDays(start, n);
        LocalDate rolledForwardFrom = n == 0 && !result.equals(start) ? start : null;
        return new AddResponse(start, n, result, calendar.describe(result), rolledForwardFrom);
    }

    private LocalDate today() {
        return calendar.dateOf(clock.now().toInstant());
    }
}
