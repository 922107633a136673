package dk.medhearing.response;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Date;

/**
 * The committee's meeting start for the BPMN: the due date of "Flyt CenterMED-mødet", which sorts it with the other
 * tasks by deadline, and the timer that ends that task when the meeting begins. Read from our meeting records (after
 * the latest move), never from a variable.
 */
@Component("committeeMeeting")
public class CommitteeMeetingTimes {

    private final MeetingRepository meetings;
    private final HearingRecords hearings;

    CommitteeMeetingTimes(MeetingRepository meetings, HearingRecords hearings) {
        this.meetings = meetings;
        this.hearings = hearings;
    }

    /** When the meeting begins; the hearing's response deadline if no meeting is recorded (it always is by then). */
    public Date startsAt(DelegateExecution execution) {
        ResponseKey key = ResponseKey.of(execution);
        OffsetDateTime start = meetings.find(key.reference(), key.committee())
                .map(Meeting::startsAt)
                .or(() -> hearings.responseDeadline(key.reference()))
                .orElseThrow(() -> new IllegalStateException("No meeting and no deadline for " + key));
        return Date.from(start.toInstant());
    }
}
