package dk.medhearing.calendar;

import dk.medhearing.calendar.CalendarProperties.DayOff;
import dk.medhearing.calendar.CalendarProperties.HolidayPeriod;
import dk.medhearing.calendar.CalendarProperties.SpecialDay;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarTest {

    /** The municipality's settings as config/application.yaml has them. */
    private static final CalendarProperties MUNICIPALITY = new CalendarProperties(
            List.of(
                    new SpecialDay("Juleaftensdag", MonthDay.of(12, 24), null, DayOff.WHOLE),
                    new SpecialDay("Nytårsaftensdag", MonthDay.of(12, 31), null, DayOff.WHOLE),
                    new SpecialDay("1. maj", MonthDay.of(5, 1), null, DayOff.HALF),
                    new SpecialDay("Grundlovsdag", MonthDay.of(6, 5), null, DayOff.HALF)),
            List.of(
                    HolidayPeriod.recurring("Jul og nytår", MonthDay.of(12, 20), MonthDay.of(1, 2)),
                    HolidayPeriod.aroundEaster("Påske"),
                    HolidayPeriod.recurring("Skolernes sommerferie", MonthDay.of(6, 27), MonthDay.of(8, 9))),
            10);

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(MUNICIPALITY);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class PublicHolidays {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
            "2026-04-02, Skærtorsdag",
            "2026-04-03, Langfredag",
            "2026-04-05, Påskedag",
            "2026-04-06, 2. påskedag",
            "2027-03-25, Skærtorsdag",
            "2027-03-26, Langfredag",
            "2027-03-29, 2. påskedag",
            "2026-05-14, Kristi himmelfartsdag",
            "2026-05-25, 2. pinsedag",
            "2026-12-25, 1. juledag",
            "2026-12-26, 2. juledag",
            "2027-01-01, Nytårsdag",
            "2023-05-05, Store bededag"
        })
        void shouldKnowTheDanishHolidaysByTheirDanishNames(LocalDate day, String name) {
            // given the Danish calendar (above)
            // when / then
            assertThat(calendar.isWorkingDay(day)).isFalse();
            assertThat(calendar.nonWorkingReason(day)).contains(name);
        }

        @Test
        void shouldNoLongerKeepStoreBededagFrom2024() {
            // given Friday 26 April 2024, which would have been Store bededag
            LocalDate formerStoreBededag = date("2024-04-26");

            // when / then
            assertThat(calendar.isWorkingDay(formerStoreBededag)).isTrue();
            assertThat(calendar.nonWorkingReason(formerStoreBededag)).isEmpty();
            assertThat(calendar.isWorkingDay(date("2026-05-01"))).isTrue();
        }

        @Test
        void shouldNameWeekendsAndLeaveOrdinaryDaysWithoutReason() {
            // given a Saturday, a Sunday and a Monday
            // when / then
            assertThat(calendar.nonWorkingReason(date("2026-11-28"))).contains("lørdag");
            assertThat(calendar.nonWorkingReason(date("2026-11-29"))).contains("søndag");
            assertThat(calendar.nonWorkingReason(date("2026-11-30"))).isEmpty();
            assertThat(calendar.isWorkingDay(date("2026-11-30"))).isTrue();
        }
    }

    @Nested
    class SpecialDays {

        @Test
        void shouldTreatAWholeSpecialDayAsADayOff() {
            // given Thursday 24 December 2026, configured as a whole day off
            LocalDate christmasEve = date("2026-12-24");

            // when / then
            assertThat(calendar.isWorkingDay(christmasEve)).isFalse();
            assertThat(calendar.nonWorkingReason(christmasEve)).contains("Juleaftensdag");
        }

        @Test
        void shouldKeepAHalfSpecialDayAsAWorkingDayButReportIt() {
            // given Friday 1 May 2026, configured as a half day off
            LocalDate mayDay = date("2026-05-01");

            // when / then
            assertThat(calendar.isWorkingDay(mayDay)).isTrue();
            assertThat(calendar.halfDayReason(mayDay)).contains("1. maj");
            assertThat(calendar.describe(mayDay)).isEqualTo("fredag den 1. maj 2026 (halv fridag: 1. maj)");
            assertThat(calendar.halfDaysBetween(date("2026-04-30"), date("2026-06-05")))
                    .containsExactly(new DayInfo(mayDay, "1. maj"), new DayInfo(date("2026-06-05"), "Grundlovsdag"));
        }

        @Test
        void shouldReportNoHalfDayOnAWeekend() {
            // given Saturday 1 May 2027
            LocalDate saturday = date("2027-05-01");

            // when / then
            assertThat(calendar.halfDayReason(saturday)).isEmpty();
            assertThat(calendar.nonWorkingReason(saturday)).contains("lørdag");
        }

        @Test
        void shouldHonourASpecialDayOnAFixedDateOnlyInItsYear() {
            // given a municipality that closes on Monday 28 December 2026 only
            WorkingDayCalendar closedOnce = new WorkingDayCalendar(new CalendarProperties(
                    List.of(new SpecialDay("Ekstra lukkedag", null, date("2026-12-28"), DayOff.WHOLE)), null, 10));

            // when / then
            assertThat(closedOnce.nonWorkingReason(date("2026-12-28"))).contains("Ekstra lukkedag");
            assertThat(closedOnce.isWorkingDay(date("2027-12-28"))).isTrue();
        }

        @Test
        void shouldKeepAPublicHolidaysNameWhenASpecialDayFallsOnIt() {
            // given a special day configured on 1. juledag
            WorkingDayCalendar doubled = new WorkingDayCalendar(new CalendarProperties(
                    List.of(new SpecialDay("Lukket", MonthDay.of(12, 25), null, DayOff.WHOLE)), null, 10));

            // when / then
            assertThat(doubled.nonWorkingReason(date("2026-12-25"))).contains("1. juledag");
        }
    }

    @Nested
    class Deadlines {

        @Test
        void shouldRollADeadlineOnASaturdayToMonday() {
            // given a deadline on Saturday 28 November 2026
            // when
            LocalDate deadline = calendar.rollForward(date("2026-11-28"));

            // then
            assertThat(deadline).isEqualTo(date("2026-11-30"));
        }

        @Test
        void shouldRollADeadlineOnLangfredagPastEasterToTuesday() {
            // given a deadline on langfredag 2026
            // when
            LocalDate deadline = calendar.rollForward(date("2026-04-03"));

            // then
            assertThat(deadline).isEqualTo(date("2026-04-07"));
        }

        @Test
        void shouldKeepADeadlineOnAWorkingDay() {
            // given / when / then
            assertThat(calendar.rollForward(date("2026-11-30"))).isEqualTo(date("2026-11-30"));
            assertThat(calendar.addWorkingDays(date("2026-11-30"), 0)).isEqualTo(date("2026-11-30"));
            assertThat(calendar.addWorkingDays(date("2026-11-28"), 0)).isEqualTo(date("2026-11-30"));
        }

        @Test
        void shouldAddWorkingDaysForwardAcrossEaster() {
            // given Wednesday 1 April 2026, before skærtorsdag, langfredag and 2. påskedag
            // when
            LocalDate result = calendar.addWorkingDays(date("2026-04-01"), 2);

            // then Tuesday 7 April is the first working day after Wednesday, Wednesday 8 April the second
            assertThat(result).isEqualTo(date("2026-04-08"));
        }

        @Test
        void shouldCountWorkingDaysBackwardsAcrossEaster() {
            // given a deadline on Wednesday 8 April 2026
            // when a reminder goes out 3 working days before it
            LocalDate reminder = calendar.addWorkingDays(date("2026-04-08"), -3);

            // then Tuesday 7 April, Wednesday 1 April, Tuesday 31 March are the three days back
            assertThat(reminder).isEqualTo(date("2026-03-31"));
        }

        @Test
        void shouldFindTheEarliestDeadlineOfTheMinimumWindow() {
            // given a hearing published on Monday 16 November 2026 and a minimum of 10 working days
            // when
            LocalDate earliest = calendar.earliestDeadline(date("2026-11-16"));

            // then
            assertThat(earliest).isEqualTo(date("2026-11-30"));
            assertThat(calendar.workingDaysBetween(date("2026-11-16"), earliest))
                    .isEqualTo(10);
        }
    }

    @Nested
    class Windows {

        @Test
        void shouldCountFiveWorkingDaysFromMondayToMonday() {
            // given a hearing published Monday 16 November 2026 with its deadline Monday 23 November
            // when
            int workingDays = calendar.workingDaysBetween(date("2026-11-16"), date("2026-11-23"));

            // then
            assertThat(workingDays).isEqualTo(5);
        }

        @Test
        void shouldCountNothingWhenTheWindowIsEmptyOrReversed() {
            // given / when / then
            assertThat(calendar.workingDaysBetween(date("2026-11-16"), date("2026-11-16")))
                    .isZero();
            assertThat(calendar.workingDaysBetween(date("2026-11-23"), date("2026-11-16")))
                    .isZero();
            assertThat(calendar.nonWorkingDaysBetween(date("2026-11-23"), date("2026-11-16")))
                    .isEmpty();
        }

        @Test
        void shouldSkipChristmasAndNewYearWhenCounting() {
            // given a window from Friday 18 December 2026 to Friday 8 January 2027
            LocalDate from = date("2026-12-18");
            LocalDate to = date("2027-01-08");

            // when
            int workingDays = calendar.workingDaysBetween(from, to);
            List<DayInfo> daysOff = calendar.nonWorkingDaysBetween(from, to);

            // then 21 days, of which 6 weekend days and 24, 25, 31 Dec and 1 Jan are off
            assertThat(workingDays).isEqualTo(11);
            assertThat(daysOff)
                    .hasSize(10)
                    .contains(
                            new DayInfo(date("2026-12-24"), "Juleaftensdag"),
                            new DayInfo(date("2026-12-25"), "1. juledag"),
                            new DayInfo(date("2026-12-26"), "2. juledag"),
                            new DayInfo(date("2026-12-31"), "Nytårsaftensdag"),
                            new DayInfo(date("2027-01-01"), "Nytårsdag"),
                            new DayInfo(date("2026-12-19"), "lørdag"));
            assertThat(workingDays + daysOff.size()).isEqualTo(21);
        }

        @Test
        void shouldWarnOfChristmasInAWindowAcrossNewYear() {
            // given a window from 15 December 2026 to 8 January 2027
            // when
            List<HolidayPeriodOverlap> overlaps = calendar.holidayPeriodsWithin(date("2026-12-15"), date("2027-01-08"));

            // then
            assertThat(overlaps)
                    .containsExactly(new HolidayPeriodOverlap("Jul og nytår", date("2026-12-20"), date("2027-01-02")));
        }

        @Test
        void shouldWarnOfLastYearsChristmasInEarlyJanuary() {
            // given / when
            List<HolidayPeriodOverlap> overlaps = calendar.holidayPeriodsWithin(date("2027-01-02"), date("2027-01-20"));

            // then
            assertThat(overlaps).extracting(HolidayPeriodOverlap::from).containsExactly(date("2026-12-20"));
        }

        @Test
        void shouldWarnOfEasterFromPalmSundayToEasterMondayAndOfTheSummerHoliday() {
            // given a window from 1 March to 30 June 2026
            // when
            List<HolidayPeriodOverlap> overlaps = calendar.holidayPeriodsWithin(date("2026-03-01"), date("2026-06-30"));

            // then
            assertThat(overlaps)
                    .containsExactly(
                            new HolidayPeriodOverlap("Påske", date("2026-03-29"), date("2026-04-06")),
                            new HolidayPeriodOverlap("Skolernes sommerferie", date("2026-06-27"), date("2026-08-09")));
        }

        @Test
        void shouldNotWarnOfAWindowOutsideEveryPeriod() {
            // given / when / then
            assertThat(calendar.holidayPeriodsWithin(date("2026-09-01"), date("2026-11-30")))
                    .isEmpty();
        }
    }

    @Test
    void shouldDescribeDaysInDanish() {
        // given / when / then
        assertThat(calendar.describe(date("2026-04-03"))).isEqualTo("fredag den 3. april 2026 (Langfredag)");
        assertThat(calendar.describe(date("2026-11-28"))).isEqualTo("lørdag den 28. november 2026");
        assertThat(calendar.describe(date("2026-11-30"))).isEqualTo("mandag den 30. november 2026");
    }

    @Test
    void shouldTakeTheDanishDateOfAMoment() {
        // given 23:30 UTC on 31 December 2026, which is already New Year's Day in Copenhagen
        Instant moment = Instant.parse("2026-12-31T23:30:00Z");

        // when / then
        assertThat(calendar.dateOf(moment)).isEqualTo(date("2027-01-01"));
    }

    @Nested
    class CountingWithoutWalkingEveryDay {

        @Test
        void shouldCountAsADayByDayWalkWouldOverSeveralYears() {
            LocalDate from = LocalDate.of(2025, 12, 17);
            for (LocalDate to = from; to.isBefore(LocalDate.of(2028, 1, 10)); to = to.plusDays(13)) {
                LocalDate end = to;
                long walked = from.plusDays(1)
                        .datesUntil(end.plusDays(1))
                        .filter(calendar::isWorkingDay)
                        .count();
                assertThat(calendar.workingDaysBetween(from, end))
                        .as("to " + end)
                        .isEqualTo((int) walked);
            }
        }

        @Test
        void shouldCountACenturyQuickly() {
            long start = System.nanoTime();

            int days = calendar.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2126, 1, 1));

            assertThat(days).isBetween(24_000, 26_100);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
