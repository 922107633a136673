package dk.medhearing.hearing;

import dk.medhearing.calendar.CalendarProperties;
import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Unit;
import dk.medhearing.schedule.HearingSchedule;
import dk.medhearing.schedule.ReminderSchedule.Reminder;
import dk.medhearing.schedule.ScheduleView;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The schedule of a hearing before it is started: the start's own validation ({@link HearingValidator#check}) and
 * the BPMN's own date rules ({@link HearingSchedule}); nothing is started or stored.
 */
@Service
public class SchedulePreview {

    private final HearingValidator validator;
    private final HearingSchedule schedule;
    private final WorkingDayCalendar calendar;
    private final CalendarProperties calendarProperties;
    private final Organisation organisation;

    SchedulePreview(
            HearingValidator validator,
            HearingSchedule schedule,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties,
            Organisation organisation) {
        this.validator = validator;
        this.schedule = schedule;
        this.calendar = calendar;
        this.calendarProperties = calendarProperties;
        this.organisation = organisation;
    }

    public ScheduleView preview(HearingInput input, String user) {
        HearingValidator.Checked checked = validator.check(input, user);
        Hearing h = checked.hearing();
        OffsetDateTime sent = h.publishedAt();
        // with an embargo the schedule shows the latest publication: the embargo's end
        OffsetDateTime published = h.embargoUntil() != null ? h.embargoUntil() : sent;
        OffsetDateTime deadline = h.responseDeadline();
        List<ScheduleView.CommitteeDates> committees = new ArrayList<>();
        if (deadline != null) {
            for (String id : h.committees()) {
                committees.add(committee(id, published, deadline, h.embargoUntil()));
            }
        }
        List<ScheduleView.TaskDue> main = new ArrayList<>();
        if (h.mainMeetingAt() != null) {
            main.add(new ScheduleView.TaskDue(
                    "Task_RecordMainCommitteeMinutes",
                    "Registrér referat af HovedMEDs ekstraordinære møde",
                    h.mainMeetingAt()));
        }
        if (h.politicalMeetingAt() != null) {
            main.add(new ScheduleView.TaskDue(
                    "Task_DraftConsolidatedResponse",
                    "Udarbejd HovedMEDs samlede høringssvar",
                    h.politicalMeetingAt()));
            main.add(new ScheduleView.TaskDue(
                    "Task_ApproveConsolidatedAsChair", "Godkend samlet høringssvar", h.politicalMeetingAt()));
            main.add(new ScheduleView.TaskDue(
                    "Task_SubmitToPoliticalCommittee",
                    "Indsend høringssvar til det politiske udvalg",
                    h.politicalMeetingAt()));
        }
        LocalDate from = calendar.dateOf(sent.toInstant());
        LocalDate to = latest(h).map(t -> calendar.dateOf(t.toInstant())).orElse(from);
        return new ScheduleView(
                h.reference(),
                h.title(),
                sent,
                h.embargoUntil(),
                published,
                checked.requestedDeadline(),
                deadline,
                deadline != null && !deadline.isEqual(checked.requestedDeadline()),
                h.windowWorkingDays(),
                calendarProperties.minimumWindowWorkingDays(),
                h.orientationAt(),
                h.mainMeetingAt(),
                h.politicalMeetingAt(),
                committees,
                main,
                calendar.nonWorkingDaysBetween(from, to),
                calendar.holidayPeriodsWithin(from, to),
                checked.warnings(),
                checked.errors());
    }

    private ScheduleView.CommitteeDates committee(
            String id, OffsetDateTime published, OffsetDateTime deadline, OffsetDateTime embargoUntil) {
        List<ScheduleView.Reminder> reminders = new ArrayList<>();
        for (Reminder which : Reminder.values()) {
            OffsetDateTime at = schedule.reminder(deadline, which);
            reminders.add(new ScheduleView.Reminder(
                    which.name(),
                    which == Reminder.FIRST ? "Første påmindelse" : "Sidste påmindelse",
                    at,
                    schedule.workingDaysBefore(which),
                    HearingSchedule.reminderSent(at, published)));
        }
        List<ScheduleView.TaskDue> tasks = new ArrayList<>();
        if (embargoUntil != null) {
            tasks.add(new ScheduleView.TaskDue(
                    "Task_ConfirmStaffBriefed", "Bekræft at medarbejderne er orienteret", embargoUntil));
        }
        tasks.add(new ScheduleView.TaskDue(
                "Task_ScheduleMeeting",
                "Indkald til ekstraordinært CenterMED-møde",
                schedule.schedulingDueFrom(published, deadline)));
        tasks.add(new ScheduleView.TaskDue("Task_RecordMinutes", "Registrér referat af CenterMED-mødet", deadline));
        tasks.add(new ScheduleView.TaskDue("Task_DraftResponse", "Udarbejd høringssvar", deadline));
        tasks.add(new ScheduleView.TaskDue("Task_ApproveResponseAsChair", "Godkend høringssvar", deadline));
        String name = organisation.unit(id).map(Unit::name).orElse(id);
        return new ScheduleView.CommitteeDates(id, name, reminders, tasks);
    }

    private static Optional<OffsetDateTime> latest(Hearing h) {
        return Stream.of(
                        h.responseDeadline(),
                        h.mainMeetingAt(),
                        h.politicalMeetingAt(),
                        h.embargoUntil(),
                        h.orientationAt())
                .filter(Objects::nonNull)
                .max(OffsetDateTime::compareTo);
    }
}
