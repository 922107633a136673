package dk.medhearing.response;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Side;
import dk.medhearing.committee.Unit;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.response.ResponseForms.DraftForm;
import dk.medhearing.response.ResponseForms.MeetingForm;
import dk.medhearing.response.ResponseForms.MinutesForm;
import dk.medhearing.response.ResponseRules.MeetingTimes;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dk.medhearing.response.CommitteeResponseVariables.ABSENTEES;
import static dk.medhearing.response.CommitteeResponseVariables.DISCUSSION;
import static dk.medhearing.response.CommitteeResponseVariables.EMPLOYEE_ATTENDEES;
import static dk.medhearing.response.CommitteeResponseVariables.MANAGEMENT_ATTENDEES;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_CHAIR;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_END;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_PLACE;
import static dk.medhearing.response.CommitteeResponseVariables.MINUTE_TAKER;

/**
 * A committee's part of a hearing: its meeting, minutes, drafts and submitted response. The only way into this
 * module's tables from outside ({@link #open}); the task listeners and delegates of {@code CommitteeResponseProcess}
 * (and HovedMED's tasks in {@code HearingProcess}) are thin adapters over it. The rules live in {@link ResponseRules};
 * each step is recorded in the part's {@link Progress}, which the adapter is given.
 */
@Service
public class CommitteeResponseService {

    private final ParticipationRepository participations;
    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final ResponseRepository responses;
    private final Organisation organisation;
    private final HearingRecords hearings;
    private final EngineClock clock;

    CommitteeResponseService(
            ParticipationRepository participations,
            MeetingRepository meetings,
            MinutesRepository minutes,
            ResponseRepository responses,
            Organisation organisation,
            HearingRecords hearings,
            EngineClock clock) {
        this.participations = participations;
        this.meetings = meetings;
        this.minutes = minutes;
        this.responses = responses;
        this.organisation = organisation;
        this.hearings = hearings;
        this.clock = clock;
    }

    /** The consulted CenterMEDs' parts of a hearing begin, each awaiting its meeting, in the given order. */
    public void open(String reference, List<String> committees, OffsetDateTime at) {
        participations.insertAll(reference, committees, at);
    }

    /** Each consulted CenterMED's part of a hearing and the step it reached, in the order they were consulted. */
    public List<Participation> participations(String reference) {
        return participations.forHearing(reference);
    }

    /** The committee's meeting as scheduled, for the form: start, end, place ({@code null} when none). */
    Map<String, Object> meetingDefaults(ResponseKey key) {
        Map<String, Object> fields = new HashMap<>();
        FormTimes.putStart(fields, null);
        fields.put(MEETING_END, null);
        fields.put(MEETING_PLACE, null);
        meetings.find(key.reference(), key.committee()).ifPresent(m -> {
            FormTimes.putStart(fields, m.startsAt());
            fields.put(MEETING_END, FormTimes.localTime(m.endsAt()));
            fields.put(MEETING_PLACE, m.place());
        });
        return fields;
    }

    /** Schedules ({@code move} false) or moves the committee's meeting ({@link ResponseRules#meeting}). */
    void scheduleMeeting(ResponseKey key, MeetingForm form, boolean move, String by, Progress progress) {
        // the deadline from our records, never from a variable a task user could have set
        OffsetDateTime deadline = hearings.responseDeadline(key.reference()).orElse(null);
        OffsetDateTime current = meetings.find(key.reference(), key.committee())
                .map(Meeting::startsAt)
                .orElse(null);
        MeetingTimes meeting = ResponseRules.meeting(form, clock.now(), deadline, move, current);
        meetings.save(new Meeting(
                key.reference(), key.committee(), meeting.start(), meeting.end(), meeting.place(), by, clock.now()));
        progress.record(key, CommitteeState.MEETING_SCHEDULED);
    }

    /**
     * The minutes form's fields: the minutes recorded before, or else the meeting (the part's own, or the one our
     * records plan for it) and the committee's members by side, its chair and its secretary.
     */
    Map<String, Object> minutesDefaults(String reference, String committee, Progress progress) {
        Map<String, Object> fields = new HashMap<>();
        Minutes existing = minutes.find(reference, committee).orElse(null);
        if (existing != null) {
            FormTimes.putStart(fields, existing.meetingStartsAt());
            fields.put(MEETING_END, FormTimes.localTime(existing.meetingEndsAt()));
            fields.put(MEETING_PLACE, existing.place());
            fields.put(MANAGEMENT_ATTENDEES, existing.managementAttendees());
            fields.put(EMPLOYEE_ATTENDEES, existing.employeeAttendees());
            fields.put(ABSENTEES, existing.absentees());
            fields.put(MEETING_CHAIR, existing.meetingChair());
            fields.put(MINUTE_TAKER, existing.minuteTaker());
            fields.put(DISCUSSION, existing.discussion());
            return fields;
        }
        Unit unit = organisation.requireUnit(committee);
        Meeting meeting = meetings.find(reference, committee).orElse(null);
        OffsetDateTime start = meeting != null
                ? meeting.startsAt()
                : progress.plannedMeeting(reference).orElse(null);
        FormTimes.putStart(fields, start);
        fields.put(MEETING_END, meeting == null ? null : FormTimes.localTime(meeting.endsAt()));
        fields.put(MEETING_PLACE, meeting == null ? null : meeting.place());
        fields.put(MANAGEMENT_ATTENDEES, attendees(unit, Side.MANAGEMENT));
        fields.put(EMPLOYEE_ATTENDEES, attendees(unit, Side.EMPLOYEE));
        fields.put(ABSENTEES, null);
        fields.put(
                MEETING_CHAIR,
                unit.membersWith(Role.CHAIR).stream()
                        .findFirst()
                        .map(Member::name)
                        .orElse(null));
        fields.put(
                MINUTE_TAKER,
                unit.membersWith(Role.SECRETARY).stream()
                        .findFirst()
                        .map(Member::name)
                        .orElse(null));
        fields.put(DISCUSSION, null);
        return fields;
    }

    /** One line per member of the side, with TR/AMR roles in brackets as in the source document. */
    static String attendees(Unit unit, Side side) {
        return unit.members().stream()
                .filter(m -> m.side() == side)
                .map(m -> {
                    String roles = m.roles().stream()
                            .filter(r -> r == Role.TR || r == Role.AMR)
                            .map(Role::danish)
                            .collect(Collectors.joining(", "));
                    return roles.isEmpty() ? m.name() : m.name() + " (" + roles + ")";
                })
                .collect(Collectors.joining("\n"));
    }

    /** Records the minutes ({@link ResponseRules#minutes}) once the meeting our records hold has begun. */
    void recordMinutes(ResponseKey key, MinutesForm form, String by, Progress progress) {
        OffsetDateTime scheduled = meetings.find(key.reference(), key.committee())
                .map(Meeting::startsAt)
                .or(() -> progress.plannedMeeting(key.reference()))
                .orElse(null);
        MeetingTimes meeting = ResponseRules.minutes(form, scheduled, clock.now());
        minutes.save(new Minutes(
                key.reference(),
                key.committee(),
                meeting.start(),
                meeting.end(),
                meeting.place(),
                form.managementAttendees(),
                form.employeeAttendees(),
                form.absentees(),
                form.meetingChair(),
                form.minuteTaker(),
                form.discussion(),
                by,
                clock.now()));
        progress.record(key, CommitteeState.MINUTES_RECORDED);
    }

    /** Stores a new version of the draft ({@link ResponseRules#draft}); it awaits the approvers. */
    void saveDraft(ResponseKey key, DraftForm form, String by, Progress progress) {
        ResponseRules.draft(form);
        responses.addDraft(
                key.reference(),
                key.committee(),
                form.noRemarks(),
                form.noRemarks() ? null : form.text(),
                form.employeeRemarks(),
                by,
                clock.now());
        progress.record(key, CommitteeState.AWAITING_APPROVAL);
    }

    /** The approved version becomes the committee's response, with who approved it (idempotent). */
    void submit(ResponseKey key, Progress progress) {
        String approvers = responses
                .latest(key.reference(), key.committee())
                .map(d -> ResponseRules.approvers(responses.approvals(key.reference(), key.committee(), d.version())))
                .orElse(null);
        responses.markLatestSubmitted(key.reference(), key.committee(), approvers, clock.now());
        progress.record(key, CommitteeState.SUBMITTED);
    }
}
