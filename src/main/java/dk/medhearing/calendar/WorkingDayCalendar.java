package dk.medhearing.calendar;

import dk.medhearing.calendar.CalendarProperties.DayOff;
import dk.medhearing.calendar.CalendarProperties.HolidayPeriod;
import dk.medhearing.calendar.CalendarProperties.SpecialDay;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;
import org.springframework.stereotype.Service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Danish working days: Monday to Friday, except the public holidays (from Jollyday) and the municipality's whole
 * special days off ({@code medhearing.calendar.special-days}). A half special day off (e.g. 1. maj) is still a
 * working day for all arithmetic here, because the administration is open that morning; {@link #halfDayReason},
 * {@link #halfDaysBetween} and {@link #describe} report it.
 * <p>
 * The days off of a year are computed once, on first use, and kept.
 * <p>
 * Over 200 lines on purpose: the working-day arithmetic (add, count, roll forward, half days) shares one cached
 * table of days off, and split across classes each would need the same table and the same special-day rules.
 */
@Service
public class WorkingDayCalendar {

    private static final Map<DayOfWeek, String> WEEKEND =
            Map.of(DayOfWeek.SATURDAY, "lørdag", DayOfWeek.SUNDAY, "søndag");
    /** More consecutive non-working days than this means a configuration that leaves no working day. */
    private static final int MAX_DAYS_TO_NEXT_WORKING_DAY = 366;

    private final CalendarProperties properties;
    private final DanishHolidays danishHolidays = new DanishHolidays();
    private final Map<Integer, DaysOff> daysOffByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(CalendarProperties properties) {
        this.properties = properties;
    }

    /** A year's days off by date with their Danish names, and the year's Easter Sunday. */
    private record DaysOff(Map<LocalDate, String> whole, Map<LocalDate, String> half, LocalDate easterSunday) {}

    /** True unless the date is a Saturday, a Sunday, a public holiday or a whole special day off. */
    public boolean isWorkingDay(LocalDate date) {
        return nonWorkingReason(date).isEmpty();
    }

    /**
     * Why the date is not a working day, in Danish: the holiday's or special day's name (e.g. "Langfredag",
     * "Juleaftensdag"), else "lørdag" or "søndag"; empty for a working day.
     */
    public Optional<String> nonWorkingReason(LocalDate date) {
        String dayOff = daysOff(date).whole().get(date);
        return Optional.ofNullable(dayOff != null ? dayOff : WEEKEND.get(date.getDayOfWeek()));
    }

    /** The name of the half special day off on this working day (e.g. "1. maj"); empty on any other day. */
    public Optional<String> halfDayReason(LocalDate date) {
        return isWorkingDay(date) ? Optional.ofNullable(daysOff(date).half().get(date)) : Optional.empty();
    }

    /**
     * The date in Danish as users read it, with what makes it special: "fredag den 3. april 2026 (Langfredag)",
     * "fredag den 1. maj 2026 (halv fridag: 1. maj)", "lørdag den 28. november 2026".
     */
    public String describe(LocalDate date) {
        String text = DateTimes.danishDay(date);
        Optional<String> halfDay = halfDayReason(date);
        if (halfDay.isPresent()) {
            return text + " (halv fridag: " + halfDay.get() + ")";
        }
        return nonWorkingReason(date)
                .filter(reason -> !WEEKEND.containsValue(reason))
                .map(reason -> text + " (" + reason + ")")
                .orElse(text);
    }

    /** The calendar date of a moment in Denmark. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, EngineClock.ZONE);
    }

    /** The date itself when it is a working day, else the next working day: a deadline never ends on a day off. */
    public LocalDate rollForward(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date, 1);
    }

    /**
     * The date {@code n} working days after {@code date} (the working days are counted as in
     * {@link #workingDaysBetween}); {@code n = 0} gives {@link #rollForward(LocalDate)}; a negative {@code n} counts
     * back, e.g. -3 for a reminder three working days before a deadline.
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n == 0) {
            return rollForward(date);
        }
        int step = n > 0 ? 1 : -1;
        LocalDate result = date;
        for (int i = 0; i < Math.abs(n); i++) {
            result = nextWorkingDay(result, step);
        }
        return result;
    }

    /**
     * The number of working days after {@code from}, up to and including {@code to}: the day a hearing is published
     * does not count, its deadline does. A hearing published on a Monday with its deadline on the Monday a week later
     * has 5 working days. 0 when {@code to} is not after {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        // weekdays by arithmetic, minus the whole days off on weekdays: work per year, not per day
        LocalDate first = from.plusDays(1);
        long days = ChronoUnit.DAYS.between(first, to) + 1;
        long weekdays = days / 7 * 5;
        for (LocalDate day = first.plusDays(days / 7 * 7); !day.isAfter(to); day = day.plusDays(1)) {
            weekdays += WEEKEND.containsKey(day.getDayOfWeek()) ? 0 : 1;
        }
        long daysOff = 0;
        for (int year = first.getYear(); year <= to.getYear(); year++) {
            int inYear = year;
            daysOff += daysOff(year).whole().keySet().stream()
                    .filter(day -> day.getYear() == inYear && !day.isBefore(first) && !day.isAfter(to))
                    .filter(day -> !WEEKEND.containsKey(day.getDayOfWeek()))
                    .count();
        }
        return (int) (weekdays - daysOff);
    }

    /** The earliest deadline that gives a hearing published on the date the configured minimum of working days. */
    public LocalDate earliestDeadline(LocalDate publishedOn) {
        return addWorkingDays(publishedOn, properties.minimumWindowWorkingDays());
    }

    /** Each non-working day after {@code from}, up to and including {@code to} (as {@link #workingDaysBetween}). */
    public List<DayInfo> nonWorkingDaysBetween(LocalDate from, LocalDate to) {
        return daysWithReason(from, to, this::nonWorkingReason);
    }

    /** Each half day off after {@code from}, up to and including {@code to} (as {@link #workingDaysBetween}). */
    public List<DayInfo> halfDaysBetween(LocalDate from, LocalDate to) {
        return daysWithReason(from, to, this::halfDayReason);
    }

    /**
     * The configured holiday periods (Christmas, Easter, summer holiday, ...) that the window {@code from} to
     * {@code to}, both days included, overlaps, in order of their start, with the dates of each period.
     */
    public List<HolidayPeriodOverlap> holidayPeriodsWithin(LocalDate from, LocalDate to) {
        List<HolidayPeriodOverlap> overlaps = new ArrayList<>();
        // A period of the year before may run into the window, e.g. Christmas into January.
        for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
            for (HolidayPeriod period : properties.holidayPeriods()) {
                HolidayPeriodOverlap occurrence = occurrence(period, year);
                if (!occurrence.from().isAfter(to) && !occurrence.to().isBefore(from)) {
                    overlaps.add(occurrence);
                }
            }
        }
        overlaps.sort(Comparator.comparing(HolidayPeriodOverlap::from));
        return overlaps;
    }

    private HolidayPeriodOverlap occurrence(HolidayPeriod period, int year) {
        if (period.easter()) {
            LocalDate easterSunday = daysOff(year).easterSunday();
            return new HolidayPeriodOverlap(period.name(), easterSunday.minusDays(7), easterSunday.plusDays(1));
        }
        LocalDate start = period.from().atYear(year);
        LocalDate end = period.to().atYear(year);
        return new HolidayPeriodOverlap(period.name(), start, end.isBefore(start) ? end.plusYears(1) : end);
    }

    private LocalDate nextWorkingDay(LocalDate date, int step) {
        LocalDate next = date.plusDays(step);
        for (int i = 0; i < MAX_DAYS_TO_NEXT_WORKING_DAY; i++, next = next.plusDays(step)) {
            if (isWorkingDay(next)) {
                return next;
            }
        }
        throw new IllegalStateException("No working day within " + MAX_DAYS_TO_NEXT_WORKING_DAY + " days of " + date
                + ": check medhearing.calendar.special-days");
    }

    private static Stream<LocalDate> daysAfter(LocalDate from, LocalDate to) {
        return to.isAfter(from) ? from.plusDays(1).datesUntil(to.plusDays(1)) : Stream.empty();
    }

    private static List<DayInfo> daysWithReason(
            LocalDate from, LocalDate to, Function<LocalDate, Optional<String>> reason) {
        return daysAfter(from, to)
                .flatMap(day -> reason.apply(day).map(text -> new DayInfo(day, text)).stream())
                .toList();
    }

    private DaysOff daysOff(LocalDate date) {
        return daysOff(date.getYear());
    }

    private DaysOff daysOff(int year) {
        return daysOffByYear.computeIfAbsent(year, this::computeDaysOff);
    }

    private DaysOff computeDaysOff(int year) {
        DanishHolidays.HolidayYear holidays = danishHolidays.of(year);
        Map<LocalDate, String> whole = new HashMap<>(holidays.holidays());
        Map<LocalDate, String> half = new HashMap<>();
        for (SpecialDay day : properties.specialDays()) {
            LocalDate date = day.inYear(year);
            if (date != null) {
                // A public holiday keeps its own name when the municipality also lists the date.
                (day.kind() == DayOff.WHOLE ? whole : half).putIfAbsent(date, day.name());
            }
        }
        return new DaysOff(Map.copyOf(whole), Map.copyOf(half), holidays.easterSunday());
    }
}
