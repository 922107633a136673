package dk.medhearing.response;

import dk.medhearing.kit.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;

import static dk.medhearing.response.CommitteeResponseVariables.ABSENTEES;
import static dk.medhearing.response.CommitteeResponseVariables.DISCUSSION;
import static dk.medhearing.response.CommitteeResponseVariables.EMPLOYEE_ATTENDEES;
import static dk.medhearing.response.CommitteeResponseVariables.EMPLOYEE_REMARKS;
import static dk.medhearing.response.CommitteeResponseVariables.MANAGEMENT_ATTENDEES;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_CHAIR;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_DATE;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_END;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_PLACE;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_START;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_TIME;
import static dk.medhearing.response.CommitteeResponseVariables.MINUTE_TAKER;
import static dk.medhearing.response.CommitteeResponseVariables.NO_REMARKS;
import static dk.medhearing.response.CommitteeResponseVariables.RESPONSE_TEXT;

/**
 * What a committee's forms submitted, as typed records: the task listeners read them from the task
 * ({@link FormValues}: trimmed, blank as {@code null}) and hand them to {@link CommitteeResponseService}, whose rules
 * ({@link ResponseRules}) never see a task.
 */
final class ResponseForms {

    private ResponseForms() {}

    /**
     * A meeting's time and place: the start as date and time (forms) or one ISO date-time (API clients), the end time
     * ("12:00") on the start's day.
     */
    record MeetingForm(String date, String time, String start, String end, String place) {

        static MeetingForm of(DelegateTask task) {
            return new MeetingForm(
                    FormValues.text(task, MEETING_DATE),
                    FormValues.text(task, MEETING_TIME),
                    FormValues.text(task, MEETING_START),
                    FormValues.text(task, MEETING_END),
                    FormValues.text(task, MEETING_PLACE));
        }
    }

    /** The minutes of a committee's meeting: who came, who chaired, who took the minutes, what was discussed. */
    record MinutesForm(
            MeetingForm meeting,
            String managementAttendees,
            String employeeAttendees,
            String absentees,
            String meetingChair,
            String minuteTaker,
            String discussion) {

        static MinutesForm of(DelegateTask task) {
            return new MinutesForm(
                    MeetingForm.of(task),
                    FormValues.text(task, MANAGEMENT_ATTENDEES),
                    FormValues.text(task, EMPLOYEE_ATTENDEES),
                    FormValues.text(task, ABSENTEES),
                    FormValues.text(task, MEETING_CHAIR),
                    FormValues.text(task, MINUTE_TAKER),
                    FormValues.text(task, DISCUSSION));
        }
    }

    /** A draft of the committee's response: its text, or no remarks; the employee side's own remarks. */
    record DraftForm(boolean noRemarks, String text, String employeeRemarks) {

        static DraftForm of(DelegateTask task) {
            return new DraftForm(
                    FormValues.flag(task, NO_REMARKS),
                    FormValues.text(task, RESPONSE_TEXT),
                    FormValues.text(task, EMPLOYEE_REMARKS));
        }
    }
}
