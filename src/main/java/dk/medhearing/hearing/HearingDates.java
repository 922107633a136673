package dk.medhearing.hearing;

import dk.medhearing.web.EngineClock;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;

/** Due dates derived from the hearing's dates, used by the BPMN's {@code camunda:dueDate} expressions. */
@Component("hearingDates")
public class HearingDates {

    private final EngineClock clock;

    public HearingDates(EngineClock clock) {
        this.clock = clock;
    }

    /** The meeting must be called early enough to be held before the deadline: halfway through the window. */
    public Date schedulingDue(Date responseDeadline) {
        OffsetDateTime now = clock.now();
        Duration window = Duration.between(now.toInstant(), responseDeadline.toInstant());
        if (window.isNegative()) {
            return responseDeadline;
        }
        return Date.from(now.toInstant().plus(window.dividedBy(2)));
    }
}
