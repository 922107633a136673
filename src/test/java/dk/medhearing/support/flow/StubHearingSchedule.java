package dk.medhearing.support.flow;

import java.time.Duration;
import java.util.Date;

/**
 * Stands in for {@code ${hearingSchedule}} in the BPMN: fixed offsets from the deadline, so a test knows each timer's
 * date (the real rules, working days and holidays, have their own unit tests).
 */
public class StubHearingSchedule {

    public static final Duration SCHEDULING_BEFORE_DEADLINE = Duration.ofDays(5);
    public static final Duration FIRST_REMINDER_BEFORE_DEADLINE = Duration.ofDays(3);
    public static final Duration FINAL_REMINDER_BEFORE_DEADLINE = Duration.ofDays(1);

    public Date schedulingDue(Date responseDeadline) {
        return before(responseDeadline, SCHEDULING_BEFORE_DEADLINE);
    }

    public Date firstReminder(Date responseDeadline) {
        return before(responseDeadline, FIRST_REMINDER_BEFORE_DEADLINE);
    }

    public Date finalReminder(Date responseDeadline) {
        return before(responseDeadline, FINAL_REMINDER_BEFORE_DEADLINE);
    }

    /** A task's reminder: as the first reminder before a deadline, counted from the task's due date. */
    public Date taskReminder(Date taskDue) {
        return before(taskDue, FIRST_REMINDER_BEFORE_DEADLINE);
    }

    public Date embargoEnds(Date embargoUntil) {
        return embargoUntil;
    }

    private static Date before(Date deadline, Duration offset) {
        return Date.from(deadline.toInstant().minus(offset));
    }
}
