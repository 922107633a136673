package dk.medhearing.schedule;

import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.kit.EngineClock;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;

/** When the reminders before a deadline are due; used by the BPMN's timers ({@code ${reminderSchedule...}}). */
@Component("reminderSchedule")
public class ReminderSchedule {

    /** Which reminder. */
    public enum Reminder {
        FIRST,
        FINAL
    }

    private final WorkingDayCalendar calendar;
    private final ReminderProperties properties;

    public ReminderSchedule(WorkingDayCalendar calendar, ReminderProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    public Date first(Date deadline) {
        return Date.from(due(deadline, Reminder.FIRST).toInstant());
    }

    public Date last(Date deadline) {
        return Date.from(due(deadline, Reminder.FINAL).toInstant());
    }

    public OffsetDateTime due(Date deadline, Reminder reminder) {
        LocalDate deadlineDay = calendar.dateOf(deadline.toInstant());
        int before = properties.workingDaysBefore().get(reminder == Reminder.FIRST ? 0 : 1);
        LocalDate day = calendar.addWorkingDays(deadlineDay, -before);
        return day.atTime(properties.at()).atZone(EngineClock.ZONE).toOffsetDateTime();
    }

    public int workingDaysBefore(Reminder reminder) {
        return properties.workingDaysBefore().get(reminder == Reminder.FIRST ? 0 : 1);
    }
}
