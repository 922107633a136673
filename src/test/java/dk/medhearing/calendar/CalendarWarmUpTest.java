package dk.medhearing.calendar;

import dk.medhearing.kit.EngineClock;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
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
    void shouldNotFailTheStartWhenTheCalendarCannotBeRead() throws Exception {
        // given a calendar that cannot be read, and a record of what escapes the warm-up's thread
        when(clock.now()).thenReturn(OffsetDateTime.of(2031, 3, 4, 9, 0, 0, 0, ZoneOffset.ofHours(1)));
        doThrow(new IllegalStateException("no calendar")).when(calendar).isWorkingDay(LocalDate.of(2031, 3, 4));
        List<Throwable> escaped = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> escaped.add(e));
        try {
            // when the application is ready
            new CalendarWarmUp(calendar, clock).warmUp();

            // then the reading was tried, and its failure stayed inside the warm-up (logged, not thrown)
            verify(calendar, timeout(5000)).isWorkingDay(LocalDate.of(2031, 3, 4));
            awaitWarmUpThreadsEnded();
            assertThat(escaped).isEmpty();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private static void awaitWarmUpThreadsEnded() throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (Thread.getAllStackTraces().keySet().stream()
                        .anyMatch(t -> t.getName().equals("calendar-warm-up"))
                && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }
}
