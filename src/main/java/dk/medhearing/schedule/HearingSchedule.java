package dk.medhearing.schedule;

import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.kit.EngineClock;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

/**
 * The one place the hearing's dates are computed: the BPMN's timers and due dates call it
 * ({@code ${hearingSchedule.firstReminder(responseDeadline)}}, ...), and so does the schedule shown before a start
 * ({@code POST /api/hearings/schedule}), so what is shown is what the engine will do.
 */
@Component("hearingSchedule")
public class HearingSchedule {

    private final WorkingDayCalendar calendar;
    private final ReminderSchedule reminders;
    private final EngineClock clock;
    private final TaskDueProperties taskDue;

    public HearingSchedule(
            WorkingDayCalendar calendar, ReminderSchedule reminders, EngineClock clock, TaskDueProperties taskDue) {
        this.calendar = calendar;
        this.reminders = reminders;
        this.clock = clock;
        this.taskDue = taskDue;
    }

    /** Timer "Første påmindelse før fristen". */
    public Date firstReminder(Date deadline) {
        return reminders.first(deadline);
    }

    /** Timer "Sidste påmindelse før fristen". */
    public Date finalReminder(Date deadline) {
        return reminders.last(deadline);
    }

    public OffsetDateTime reminder(OffsetDateTime deadline, ReminderSchedule.Reminder which) {
        return reminders.due(Date.from(deadline.toInstant()), which);
    }

    public int workingDaysBefore(ReminderSchedule.Reminder which) {
        return reminders.workingDaysBefore(which);
    }

    /** A reminder due before the hearing is published is not sent (a window shorter than its offset). */
    public static boolean reminderSent(OffsetDateTime due, OffsetDateTime publishedAt) {
        return due.isAfter(publishedAt);
    }

    /** Due date of "Indkald til ekstraordinært CenterMED-møde", computed when the committee's work starts. */
    public Date schedulingDue(Date responseDeadline) {
        OffsetDateTime now = clock.now();
        return Date.from(schedulingDueFrom(
                        now,
                        responseDeadline.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime())
                .toInstant());
    }

    /**
     * The meeting must be called early enough to be held before the deadline: halfway through the window, on a
     * working day at the tasks' time of day ({@link #dueOn}).
     */
    public OffsetDateTime schedulingDueFrom(OffsetDateTime publishedAt, OffsetDateTime responseDeadline) {
        Duration window = Duration.between(publishedAt.toInstant(), responseDeadline.toInstant());
        if (window.isNegative()) {
            return responseDeadline;
        }
        LocalDate halfway =
                calendar.dateOf(publishedAt.plus(window.dividedBy(2)).toInstant());
        return dueOn(halfway, publishedAt, responseDeadline);
    }

    /**
     * A task's due date on a working day at {@code medhearing.tasks.due-at} (12:00): the working day on or before
     * {@code day}, else the one after, whichever lies after {@code notBefore} and not after {@code notAfter};
     * {@code notAfter} itself when neither does (a window too short for a working day in it).
     */
    public OffsetDateTime dueOn(LocalDate day, OffsetDateTime notBefore, OffsetDateTime notAfter) {
        LocalDate onOrBefore = calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, -1);
        for (LocalDate candidate : List.of(onOrBefore, calendar.rollForward(day))) {
            OffsetDateTime due =
                    candidate.atTime(taskDue.dueAt()).atZone(EngineClock.ZONE).toOffsetDateTime();
            if (due.isAfter(notBefore) && !due.isAfter(notAfter)) {
                return due;
            }
        }
        return notAfter;
    }

    /**
     * Timer "Påmindelse før opgavens frist" of HovedMED's and the administration's tasks: as the first reminder before
     * a deadline ({@code medhearing.reminders}), counted from the task's due date.
     */
    public Date taskReminder(Date taskDue) {
        return reminders.first(taskDue);
    }

    /** How far off a due date is, in plain Danish ({@link DueWording}): "i dag", "i morgen", "om 3 arbejdsdage". */
    public String dueIn(OffsetDateTime due) {
        LocalDate today = calendar.dateOf(clock.now().toInstant());
        LocalDate day = calendar.dateOf(due.toInstant());
        return DueWording.until(today, day, calendar.workingDaysBetween(today, day));
    }

    /** A deadline never ends on a day off: on a weekend or holiday it moves to the next working day, same time. */
    public OffsetDateTime rollForward(OffsetDateTime deadline) {
        LocalDate day = deadline.atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        LocalDate working = calendar.rollForward(day);
        return deadline.atZoneSameInstant(EngineClock.ZONE)
                .plusDays(working.toEpochDay() - day.toEpochDay())
                .toOffsetDateTime();
    }

    /** Working days from publication to the deadline: the publication day does not count, the deadline's does. */
    public int windowWorkingDays(OffsetDateTime publishedAt, OffsetDateTime deadline) {
        return calendar.workingDaysBetween(
                calendar.dateOf(publishedAt.toInstant()), calendar.dateOf(deadline.toInstant()));
    }

    /** Working days left from now to the deadline (0 once it has passed). */
    public int workingDaysLeft(OffsetDateTime deadline) {
        return windowWorkingDays(clock.now(), deadline);
    }

    /**
     * When an embargoed hearing is published at the latest: the embargo's end (timer "Embargoen udløber"). It is
     * published earlier when every centre manager has confirmed.
     */
    public Date embargoEnds(Date embargoUntil) {
        return embargoUntil;
    }
}
