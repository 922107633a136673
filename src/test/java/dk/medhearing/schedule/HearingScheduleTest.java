package dk.medhearing.schedule;

import dk.medhearing.calendar.CalendarProperties;
import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.kit.EngineClock;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The due date of "Indkald til ekstraordinært CenterMED-møde": a working day at the tasks' time of day. */
class HearingScheduleTest {

    private final WorkingDayCalendar calendar =
            new WorkingDayCalendar(new CalendarProperties(List.of(), List.of(), 10));
    private final HearingSchedule schedule = new HearingSchedule(
            calendar,
            new ReminderSchedule(calendar, new ReminderProperties(List.of(3, 1), LocalTime.of(9, 0))),
            new EngineClock(),
            new TaskDueProperties(LocalTime.NOON));

    @Test
    void shouldBeDueAtNoonNotAtTheClockTimeOfTheStart() {
        // given a hearing started on Tuesday 1 December 2026 at 21:38 with its deadline 20 days later
        OffsetDateTime published = at("2026-12-01T21:38");

        // when the meeting-call task's due date is computed
        OffsetDateTime due = schedule.schedulingDueFrom(published, at("2026-12-21T21:38"));

        // then it is halfway, Friday 11 December, at 12:00 (not "11.12.2026 kl. 21.38")
        assertThat(due).isEqualTo(at("2026-12-11T12:00"));
    }

    @Test
    void shouldMoveADueDateOnAWeekendToTheWorkingDayBefore() {
        // given a window whose middle is Saturday 12 December 2026
        OffsetDateTime due = schedule.schedulingDueFrom(at("2026-12-02T10:00"), at("2026-12-22T10:00"));

        // then the task is due on Friday 11 December at 12:00
        assertThat(due).isEqualTo(at("2026-12-11T12:00"));
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void shouldTakeTheWorkingDayAfterWhenTheOneBeforeIsBeforeTheStart() {
        // given a start on Friday at 13:00 and the deadline on Tuesday at 10:00 (middle: Sunday)
        OffsetDateTime due = schedule.schedulingDueFrom(at("2026-12-04T13:00"), at("2026-12-08T10:00"));

        // then Friday 12:00 has passed, so Monday 12:00
        assertThat(due).isEqualTo(at("2026-12-07T12:00"));
    }

    @Test
    void shouldFallBackToTheDeadlineWhenNoWorkingDayNoonFitsTheWindow() {
        // given a start on Friday at 13:00 and the deadline on Monday at 10:00
        OffsetDateTime deadline = at("2026-12-07T10:00");

        // then the task is due at the deadline itself
        assertThat(schedule.schedulingDueFrom(at("2026-12-04T13:00"), deadline)).isEqualTo(deadline);
    }

    @Test
    void shouldUseTheConfiguredTimeOfDay() {
        // given tasks due at 10:00
        HearingSchedule atTen = new HearingSchedule(
                calendar,
                new ReminderSchedule(calendar, new ReminderProperties(List.of(3, 1), LocalTime.of(9, 0))),
                new EngineClock(),
                new TaskDueProperties(LocalTime.of(10, 0)));

        // then the due date is at 10:00
        assertThat(atTen.schedulingDueFrom(at("2026-12-01T21:38"), at("2026-12-21T21:38")))
                .isEqualTo(at("2026-12-11T10:00"));
    }

    private static OffsetDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(EngineClock.ZONE).toOffsetDateTime();
    }
}
