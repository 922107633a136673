package dk.medhearing.calendar;

import dk.medhearing.kit.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application answers, reads this year's public holidays in the background, so that the start does not
 * wait for Jollyday's calendar (read through JAXB) and neither does the first user who starts a hearing. The year is
 * the engine clock's. A failure only delays the reading to first use, so it is logged, not thrown.
 */
@Component
class CalendarWarmUp {

    private static final Logger log = LoggerFactory.getLogger(CalendarWarmUp.class);

    private final WorkingDayCalendar calendar;
    private final EngineClock clock;

    CalendarWarmUp(WorkingDayCalendar calendar, EngineClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(
                () -> {
                    try {
                        calendar.isWorkingDay(clock.now().toLocalDate());
                    } catch (RuntimeException e) {
                        log.warn(
                                "The holiday calendar could not be read in advance; it is read on first use: {}",
                                e.toString());
                    }
                },
                "calendar-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
