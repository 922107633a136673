package dk.medhearing.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The municipality's working-day calendar on top of the Danish public holidays.
 *
 * @param specialDays              the municipality's own days off (none by default)
 * @param holidayPeriods           periods that warrant a warning when a hearing window covers them; when not
 *                                 configured at all: Christmas (12-20 to 01-02), Easter (Palm Sunday to Easter
 *                                 Monday) and the school summer holiday (06-27 to 08-09). An empty list means none.
 * @param minimumWindowWorkingDays the fewest working days a hearing window may have
 */
@ConfigurationProperties("medhearing.calendar")
public record CalendarProperties(
        @DefaultValue List<SpecialDay> specialDays,
        List<HolidayPeriod> holidayPeriods,
        @DefaultValue("10") int minimumWindowWorkingDays) {

    static final List<HolidayPeriod> DEFAULT_HOLIDAY_PERIODS = List.of(
            HolidayPeriod.recurring("Jul og nytår", MonthDay.of(12, 20), MonthDay.of(1, 2)),
            HolidayPeriod.aroundEaster("Påske"),
            HolidayPeriod.recurring("Skolernes sommerferie", MonthDay.of(6, 27), MonthDay.of(8, 9)));

    public CalendarProperties {
        specialDays = specialDays == null ? List.of() : List.copyOf(specialDays);
        holidayPeriods = holidayPeriods == null ? DEFAULT_HOLIDAY_PERIODS : List.copyOf(holidayPeriods);
        if (minimumWindowWorkingDays < 0) {
            throw new IllegalArgumentException("medhearing.calendar.minimum-window-working-days must not be negative");
        }
    }

    /** How much of a special day is off. */
    public enum DayOff {
        /** The whole day is off: not a working day. */
        WHOLE,
        /**
         * Half the day is off (e.g. closing at noon): still a working day for deadline arithmetic, since the
         * administration is open that morning, but reported wherever a day is described.
         */
        HALF
    }

    /**
     * One of the municipality's own days off: either every year on {@code monthDay} ("12-24") or once on
     * {@code date} ("2026-12-28").
     *
     * @param name     the Danish name shown to users, e.g. "Juleaftensdag"
     * @param monthDay the recurring day of the year, or null
     * @param date     the single date, or null
     * @param kind     {@code whole} or {@code half}
     */
    public record SpecialDay(String name, MonthDay monthDay, LocalDate date, DayOff kind) {

        public SpecialDay {
            requireName(name, "special-days");
            if ((monthDay == null) == (date == null)) {
                throw new IllegalArgumentException("Special day '" + name + "': give either month-day or date");
            }
            if (kind == null) {
                throw new IllegalArgumentException("Special day '" + name + "': kind must be whole or half");
            }
        }

        /** Whether this day falls in the given year, and on which date. */
        LocalDate inYear(int year) {
            if (date != null) {
                return date.getYear() == year ? date : null;
            }
            return monthDay.isValidYear(year) ? monthDay.atYear(year) : null;
        }
    }

    /**
     * A period that warrants a warning when a hearing window covers it: either every year from {@code from} to
     * {@code to} (a period whose end comes before its start runs into the next year), or, with {@code easter: true},
     * from Palm Sunday to Easter Monday.
     *
     * @param name   the Danish name shown to users, e.g. "Jul og nytår"
     * @param from   first day of the recurring period, or null for Easter
     * @param to     last day of the recurring period, or null for Easter
     * @param easter true for the Easter period
     */
    public record HolidayPeriod(String name, MonthDay from, MonthDay to, boolean easter) {

        public HolidayPeriod {
            requireName(name, "holiday-periods");
            boolean recurring = from != null && to != null;
            boolean undated = from == null && to == null;
            if (easter ? !undated : !recurring) {
                throw new IllegalArgumentException(
                        "Holiday period '" + name + "': give either from and to, or easter: true");
            }
        }

        static HolidayPeriod recurring(String name, MonthDay from, MonthDay to) {
            return new HolidayPeriod(name, from, to, false);
        }

        static HolidayPeriod aroundEaster(String name) {
            return new HolidayPeriod(name, null, null, true);
        }
    }

    private static void requireName(String name, String list) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("medhearing.calendar." + list + ": every entry needs a name");
        }
    }
}
