package dk.medhearing.calendar;

import dk.medhearing.kit.EngineClock;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CalendarWarmUpTest {

    private final WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
    private final EngineClock clock = mock(EngineClock.class);

    @Test
    void shouldReadTheEngineClocksDayInTheBackgroundOnceReady() {
        // given an engine clock in 2031
        when(clock.now()).thenReturn(OffsetDateTime.of(2031, 3, 4, 9, 0, 0, 0, ZoneOffset.ofHours(1)));

        // when the application is ready
        new CalendarWarmUp(calendar, clock).warmUp();

        // then that day's calendar is read (in the background)
        verify(calendar, timeout(5000)).isWorkingDay(LocalDate.of(2031, 3, 4));
    }

    @Test
    void shouldNotFailTheStartWhenTheCalendarCannotBeRead() {
        // given a calendar that cannot be read
        when(clock.now()).thenReturn(OffsetDateTime.of(2031, 3, 4, 9, 0, 0, 0, ZoneOffset.ofHours(1)));
        doThrow(new IllegalStateException("no calendar")).when(calendar).isWorkingDay(LocalDate.of(2031, 3, 4));

        // when the application is ready, then nothing is thrown, and the reading was tried
        new CalendarWarmUp(calendar, clock).warmUp();
        verify(calendar, timeout(5000)).isWorkingDay(LocalDate.of(2031, 3, 4));
    }
}
