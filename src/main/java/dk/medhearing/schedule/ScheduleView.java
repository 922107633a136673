package dk.medhearing.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.medhearing.calendar.DayInfo;
import dk.medhearing.calendar.HolidayPeriodOverlap;
import dk.medhearing.web.FieldError;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What {@code POST /api/hearings/schedule} answers: every date the hearing would follow if started now, computed by
 * the same {@link HearingSchedule} the BPMN's timers call, with the working days, the warnings and the broken rules.
 * Dates that cannot be computed (an unreadable field) are {@code null}.
 */
public record ScheduleView(
        String reference,
        String title,
        OffsetDateTime materialSentAt,
        OffsetDateTime embargoUntil,
        OffsetDateTime publishedAt,
        OffsetDateTime requestedDeadline,
        OffsetDateTime responseDeadline,
        boolean deadlineRolledForward,
        int windowWorkingDays,
        int minimumWindowWorkingDays,
        OffsetDateTime orientationMeetingAt,
        OffsetDateTime mainCommitteeMeetingAt,
        OffsetDateTime politicalCommitteeMeetingAt,
        List<CommitteeDates> committees,
        List<TaskDue> mainCommitteeTasks,
        List<DayInfo> nonWorkingDays,
        List<HolidayPeriodOverlap> holidayPeriods,
        List<String> warnings,
        List<FieldError> violations) {

    @JsonProperty("valid")
    public boolean valid() {
        return violations.isEmpty();
    }

    /** One consulted CenterMED's dates. A reminder that would fall before the publication is not sent. */
    public record CommitteeDates(String committee, String name, List<Reminder> reminders, List<TaskDue> tasks) {}

    /** A reminder timer: which, when, and whether it will be sent. */
    public record Reminder(String kind, String label, OffsetDateTime at, int workingDaysBefore, boolean sent) {}

    /** A user task's due date. */
    public record TaskDue(String taskKey, String name, OffsetDateTime due) {}
}
