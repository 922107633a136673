package dk.medhearing.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Once the application answers, reads this year's public holidays in the background, so that the start does not
 * wait for Jollyday's calendar (read through JAXB) and neither does the first user who starts a hearing.
 */
@Component
class CalendarWarmUp {

    private static final Logger log = LoggerFactory.getLogger(CalendarWarmUp.class);

    private final WorkingDayCalendar calendar;

    CalendarWarmUp(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                calendar.isWorkingDay(LocalDate.now());
            } catch (RuntimeException e) {
                log.warn("The holiday calendar could not be read in advance; it is read on first use: {}",
                        e.toString());
            }
        }, "calendar-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
