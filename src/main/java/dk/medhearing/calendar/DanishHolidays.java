package dk.medhearing.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Danish public holidays (helligdage) of a year, from Jollyday's calendar "dk", with their Danish names
 * (Jollyday has no Danish descriptions).
 * <p>
 * Store bededag was abolished from 2024. Jollyday 1.5.6 already ends it there ({@code validTo="2023"} in its
 * {@code Holidays_dk.xml}), so it is a holiday in 2023 and earlier only; {@code WorkingDayCalendarTest} guards this.
 */
class DanishHolidays {

    private static final String EASTER_SUNDAY = "christian.EASTER";

    private static final Map<String, String> DANISH_NAMES = Map.ofEntries(
            Map.entry("NEW_YEAR", "Nytårsdag"),
            Map.entry("christian.MAUNDY_THURSDAY", "Skærtorsdag"),
            Map.entry("christian.GOOD_FRIDAY", "Langfredag"),
            Map.entry(EASTER_SUNDAY, "Påskedag"),
            Map.entry("christian.EASTER_MONDAY", "2. påskedag"),
            Map.entry("christian.GENERAL_PRAYER_DAY", "Store bededag"),
            Map.entry("christian.ASCENSION_DAY", "Kristi himmelfartsdag"),
            Map.entry("christian.PENTECOST", "Pinsedag"),
            Map.entry("christian.WHIT_MONDAY", "2. pinsedag"),
            Map.entry("CHRISTMAS", "1. juledag"),
            Map.entry("STEPHENS", "2. juledag"));

    /**
     * Created on first use, not at start: Jollyday reads its calendar through JAXB, a few hundred classes and a
     * few hundred milliseconds the start does not need ({@link CalendarWarmUp} reads it once the app is ready).
     */
    private HolidayManager manager;

    /** A year's public holidays by date, each with its Danish name, and that year's Easter Sunday. */
    record HolidayYear(Map<LocalDate, String> holidays, LocalDate easterSunday) {}

    HolidayYear of(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        LocalDate easterSunday = null;
        for (Holiday holiday : manager().getHolidays(Year.of(year))) {
            holidays.put(holiday.getDate(), danishName(holiday));
            if (EASTER_SUNDAY.equals(holiday.getPropertiesKey())) {
                easterSunday = holiday.getDate();
            }
        }
        if (easterSunday == null) {
            throw new IllegalStateException("Jollyday's Danish calendar has no Easter Sunday in " + year);
        }
        return new HolidayYear(Map.copyOf(holidays), easterSunday);
    }

    /** Called once per year ({@link WorkingDayCalendar} keeps each year's days off), so a lock costs nothing. */
    private synchronized HolidayManager manager() {
        if (manager == null) {
            manager = HolidayManager.getInstance(ManagerParameters.create("dk"));
        }
        return manager;
    }

    private static String danishName(Holiday holiday) {
        String name = DANISH_NAMES.get(holiday.getPropertiesKey());
        return name != null ? name : holiday.getDescription(Locale.forLanguageTag("da"));
    }
}
